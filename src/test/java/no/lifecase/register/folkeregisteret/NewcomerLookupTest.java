package no.lifecase.register.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CasePeople;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.newinnorway.NewInNorwayModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewcomerLookupTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000077");
    private static final Fodselsnummer PERSON = Fodselsnummer.parse("15839049843");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

    private final FolkeregisteretClient client = mock(FolkeregisteretClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final CasePurpose purpose = mock(CasePurpose.class);
    private final CasePeople people = mock(CasePeople.class);
    private final NewcomerLookup lookup = new NewcomerLookup(client, accessLog, purpose, people, CLOCK);

    @BeforeEach
    void purpose() {
        when(purpose.of(CASE)).thenReturn(NewInNorwayModule.LIFE_EVENT.accessPurpose());
    }

    @Test
    void reads_the_move_and_the_permit_and_logs_the_fields_used_with_the_cases_purpose() throws Exception {
        when(client.person(PERSON, Set.of(Part.PERSON_BASIS, Part.INNFLYTTING, Part.OPPHOLD))).thenReturn(Optional.of(PersonLookupTest.person("""
                {"identifikasjonsnummer":[{"erGjeldende":true,"foedselsEllerDNummer":"15839049843","identifikatortype":"foedselsnummer","status":"iBruk"}],
                 "status":[{"status":"bosatt"}],"foedsel":[{"foedselsaar":"1990","foedselsdato":"1990-03-15"}],
                 "innflytting":[{"erGjeldende":true,"fraflyttingsland":"SYR"}],
                 "opphold":[{"erGjeldende":true,"oppholdstillatelse":"midlertidig","oppholdFra":"2026-03-01"}],
                 "bostedsadresse":[{"adressegradering":"ugradert","vegadresse":{"adressenavn":"Storgata","kommunenummer":"4601"}}]}""")));

        var facts = lookup.of(PERSON, CASE);

        assertThat(facts).isEqualTo(new NewcomerFacts(false, false, true, 36, "SYR", false, "4601"));
        assertThat(facts.identityRoute()).isEqualTo(NewcomerFacts.FODSELSNUMMER);
        verify(accessLog).record(CASE, "folkeregisteret", NewInNorwayModule.LIFE_EVENT.accessPurpose(), PERSON.value(),
                List.of("identifikasjonsnummer", "status", "foedsel.foedselsdato", "innflytting", "opphold", "adressebeskyttelse",
                        "bostedsadresse.vegadresse.kommunenummer"));
    }

    @Test
    void a_fodselsnummer_that_replaced_a_d_number_is_told_apart() throws Exception {
        when(client.person(any(), any())).thenReturn(Optional.of(PersonLookupTest.person("""
                {"identifikasjonsnummer":[{"erGjeldende":true,"foedselsEllerDNummer":"15839049843","identifikatortype":"foedselsnummer","status":"iBruk"},
                                          {"erGjeldende":false,"foedselsEllerDNummer":"41819077302","identifikatortype":"dNummer","status":"opphoert"}],
                 "status":[{"status":"bosatt"}]}""")));

        var facts = lookup.of(PERSON, CASE);

        assertThat(facts.identityRoute()).isEqualTo(NewcomerFacts.FODSELSNUMMER_FROM_D_NUMBER);
        assertThat(facts.age()).as("no birth date, no age").isNull();
    }

    @Test
    void a_d_number_holder_is_not_resident() throws Exception {
        when(client.person(any(), any())).thenReturn(Optional.of(PersonLookupTest.person("""
                {"identifikasjonsnummer":[{"erGjeldende":true,"foedselsEllerDNummer":"41819077302","identifikatortype":"dNummer","status":"iBruk"}],
                 "status":[{"status":"midlertidig"}]}""")));

        var facts = lookup.of(PERSON, CASE);

        assertThat(facts.identityRoute()).isEqualTo(NewcomerFacts.D_NUMBER);
        assertThat(facts.resident()).isFalse();
        assertThat(facts.municipality()).isEmpty();
    }

    @Test
    void a_protected_address_is_neither_returned_nor_logged_as_used() throws Exception {
        when(client.person(any(), any())).thenReturn(Optional.of(PersonLookupTest.person("""
                {"status":[{"status":"bosatt"}],"adressebeskyttelse":[{"graderingsnivaa":"strengtFortrolig"}],
                 "bostedsadresse":[{"adressegradering":"strengtFortrolig","vegadresse":{"adressenavn":"Storgata","kommunenummer":"4601"}}]}""")));

        var facts = lookup.of(PERSON, CASE);

        assertThat(facts.addressProtected()).isTrue();
        assertThat(facts.municipality()).isEmpty();
        verify(accessLog).record(CASE, "folkeregisteret", NewInNorwayModule.LIFE_EVENT.accessPurpose(), PERSON.value(),
                List.of("identifikasjonsnummer", "status", "foedsel.foedselsdato", "innflytting", "opphold", "adressebeskyttelse"));
    }

    @Test
    void an_unknown_person_is_not_found_and_nothing_is_logged() {
        when(client.person(any(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> lookup.of(PERSON, CASE)).isInstanceOf(PersonNotFound.class).hasMessageNotContaining(PERSON.value());
        verify(accessLog, never()).record(any(), anyString(), any(), anyString(), anyList());
    }
}
