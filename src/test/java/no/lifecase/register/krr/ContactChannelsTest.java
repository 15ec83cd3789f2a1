package no.lifecase.register.krr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.junit.jupiter.api.Test;

/** One KRR lookup for everyone to inform, one logged read per person. */
class ContactChannelsTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000007");
    private static final Fodselsnummer ACTIVE = Fodselsnummer.parse("13857548595");
    private static final Fodselsnummer RESERVED = Fodselsnummer.parse("13858025456");
    private static final Fodselsnummer STALE = Fodselsnummer.parse("22856220072");
    private static final Fodselsnummer NOT_REGISTERED = Fodselsnummer.parse("25819091148");
    private static final Fodselsnummer DELETED = Fodselsnummer.parse("23888830782");
    private static final Fodselsnummer LEFT_OUT = Fodselsnummer.parse("19845592473");

    private final KrrClient krr = mock(KrrClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final ContactChannels contactChannels = new ContactChannels(krr, accessLog);

    @Test
    void each_person_gets_a_channel_from_one_lookup_and_each_read_is_logged() throws Exception {
        var persons = List.of(ACTIVE, RESERVED, STALE, NOT_REGISTERED, DELETED, LEFT_OUT);
        var answer = JsonMapper.builder().build().readValue(KrrClientTest.json("personer.json"), KrrClient.Personer.class);
        when(krr.personer(persons)).thenReturn(answer.personer());

        var channels = contactChannels.of(persons, CASE);

        assertThat(channels).containsExactlyInAnyOrderEntriesOf(Map.of(
                ACTIVE, ContactChannel.DIGITAL, RESERVED, ContactChannel.PAPER, STALE, ContactChannel.PAPER,
                NOT_REGISTERED, ContactChannel.PAPER, DELETED, ContactChannel.PAPER, LEFT_OUT, ContactChannel.PAPER));
        assertThat(channels.keySet()).containsExactlyElementsOf(persons);
        for (var person : persons) {
            verify(accessLog).record(CASE, "krr", AccessPurpose.CONTACT_INFORMATION, person.value(), ContactChannels.FIELDS);
        }
        verify(krr, times(1)).personer(anyList());
    }

    @Test
    void the_same_person_twice_is_looked_up_and_logged_once() {
        when(krr.personer(List.of(ACTIVE))).thenReturn(List.of());

        assertThat(contactChannels.of(List.of(ACTIVE, ACTIVE), CASE)).containsOnlyKeys(ACTIVE);
        verify(accessLog, times(1)).record(any(), anyString(), any(), anyString(), anyList());
    }

    @Test
    void nobody_to_inform_asks_krr_nothing() {
        assertThat(contactChannels.of(List.of(), CASE)).isEmpty();
        verifyNoInteractions(krr, accessLog);
    }
}
