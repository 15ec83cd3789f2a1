package no.lifecase.register.krr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the process learns about how to reach people, with the use case mocked. */
class FindContactChannelsDelegateTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000007");
    private static final Fodselsnummer HEIR_DIGITAL = Fodselsnummer.parse("13857548595");
    private static final Fodselsnummer HEIR_PAPER = Fodselsnummer.parse("13858025456");

    private final ContactChannels contactChannels = mock(ContactChannels.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final FindContactChannelsDelegate delegate = new FindContactChannelsDelegate(contactChannels);

    @BeforeEach
    void aCase() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
    }

    @Test
    void splits_the_recipients_into_digital_and_paper_by_identity_number_only() {
        when(execution.hasVariable("recipients")).thenReturn(true);
        when(execution.getVariable("recipients")).thenReturn(new ArrayList<>(List.of(HEIR_DIGITAL.value(), HEIR_PAPER.value())));
        when(contactChannels.of(List.of(HEIR_DIGITAL, HEIR_PAPER), CASE)).thenReturn(channels(
                HEIR_DIGITAL, ContactChannel.DIGITAL, HEIR_PAPER, ContactChannel.PAPER));

        delegate.execute(execution);

        assertThat(listVariable("digitalRecipients")).containsExactly(HEIR_DIGITAL.value());
        assertThat(listVariable("paperRecipients")).containsExactly(HEIR_PAPER.value());
    }

    @Test
    void a_spin_json_list_of_recipients_is_read_too() {
        when(execution.hasVariable("recipients")).thenReturn(true);
        when(execution.getVariable("recipients")).thenReturn(Spin.JSON("[\"" + HEIR_PAPER.value() + "\"]"));
        when(contactChannels.of(List.of(HEIR_PAPER), CASE)).thenReturn(channels(HEIR_PAPER, ContactChannel.PAPER));

        delegate.execute(execution);

        assertThat(listVariable("paperRecipients")).containsExactly(HEIR_PAPER.value());
        assertThat(listVariable("digitalRecipients")).isEmpty();
    }

    @Test
    void without_recipients_the_subject_is_the_one_to_reach() {
        when(execution.hasVariable("recipients")).thenReturn(false);
        when(execution.getVariable("subject")).thenReturn(HEIR_DIGITAL.value());
        when(contactChannels.of(List.of(HEIR_DIGITAL), CASE)).thenReturn(channels(HEIR_DIGITAL, ContactChannel.DIGITAL));

        delegate.execute(execution);

        assertThat(listVariable("digitalRecipients")).containsExactly(HEIR_DIGITAL.value());
    }

    @Test
    void an_unavailable_krr_reaches_the_engine_for_a_retry() {
        when(execution.hasVariable("recipients")).thenReturn(false);
        when(execution.getVariable("subject")).thenReturn(HEIR_DIGITAL.value());
        when(contactChannels.of(List.of(HEIR_DIGITAL), CASE)).thenThrow(new RegisterUnavailable("krr", "HTTP 500", null, null));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(RegisterUnavailable.class).hasMessageContaining("krr");
    }

    @Test
    void an_invalid_recipient_names_the_variable_without_echoing_the_number() {
        when(execution.hasVariable("recipients")).thenReturn(true);
        when(execution.getVariable("recipients")).thenReturn(List.of("12345678901"));

        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("recipients").hasMessageNotContaining("12345678901");
    }

    @SuppressWarnings("unchecked")
    private List<Object> listVariable(String name) {
        var value = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq(name), value.capture());
        var objectValue = (ObjectValue) value.getValue();
        assertThat(objectValue.getSerializationDataFormat()).isEqualTo("application/json");
        return (List<Object>) objectValue.getValue();
    }

    private static Map<Fodselsnummer, ContactChannel> channels(Object... pairs) {
        var channels = new LinkedHashMap<Fodselsnummer, ContactChannel>();
        for (int i = 0; i < pairs.length; i += 2) {
            channels.put((Fodselsnummer) pairs[i], (ContactChannel) pairs[i + 1]);
        }
        return channels;
    }
}
