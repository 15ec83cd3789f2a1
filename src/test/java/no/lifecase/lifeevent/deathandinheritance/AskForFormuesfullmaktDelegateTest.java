package no.lifecase.lifeevent.deathandinheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.domstol.DomstolInnsendingClient;
import no.lifecase.register.domstol.FormuesfullmaktRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;

/** What the step asks the court and what the case keeps of its answer, the court refusing and away included. */
class AskForFormuesfullmaktDelegateTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000043");
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("13857548595");
    private static final String HEIR = "13858025456";
    private static final String CO_HEIR = "22856220072";

    private final DomstolInnsendingClient court = mock(DomstolInnsendingClient.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final AskForFormuesfullmaktDelegate delegate = new AskForFormuesfullmaktDelegate(court);

    @BeforeEach
    void aDeathCaseWithTwoHeirs() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(execution.getVariable("subject")).thenReturn(DECEASED.value());
        when(execution.getVariable("heirs")).thenReturn(Spin.JSON("[\"" + HEIR + "\",\"" + CO_HEIR + "\"]"));
        when(execution.getVariable("courtAgency")).thenReturn("tingrett-TSRO");
    }

    @Test
    void asks_the_case_s_district_court_for_every_heir_and_keeps_those_it_named() {
        when(court.askForFormuesfullmakt(any())).thenReturn(new FormuesfullmaktRequest.Answer("26-000001DFA-TSRO", "TSRO",
                List.of(new FormuesfullmaktRequest.Party(HEIR, true), new FormuesfullmaktRequest.Party(CO_HEIR, false),
                        new FormuesfullmaktRequest.Party("01017012345", true))));

        delegate.execute(execution);

        var asked = ArgumentCaptor.forClass(FormuesfullmaktRequest.class);
        verify(court).askForFormuesfullmakt(asked.capture());
        assertThat(asked.getValue()).isEqualTo(new FormuesfullmaktRequest(DECEASED.value(), "TSRO", List.of(HEIR, CO_HEIR)));
        verify(execution).setVariable("formuesfullmaktGranted", true);
        assertThat(grantedTo()).as("only heirs asked for").containsExactly(HEIR);
    }

    @Test
    void a_court_that_refuses_grants_nobody_and_the_step_goes_on() {
        when(court.askForFormuesfullmakt(any())).thenThrow(HttpClientErrorException.create(HttpStatus.UNPROCESSABLE_ENTITY,
                "Unprocessable", null, "{}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));

        delegate.execute(execution);

        verify(execution).setVariable("formuesfullmaktGranted", false);
        assertThat(grantedTo()).isEmpty();
    }

    @Test
    void a_court_that_cannot_be_reached_grants_nobody_rather_than_keep_the_heirs_waiting() {
        when(court.askForFormuesfullmakt(any())).thenThrow(new RegisterUnavailable("domstol-innsending", "HTTP 503", null, null));

        delegate.execute(execution);

        verify(execution).setVariable("formuesfullmaktGranted", false);
        assertThat(grantedTo()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> grantedTo() {
        var value = ArgumentCaptor.forClass(ObjectValue.class);
        verify(execution).setVariable(eq("formuesfullmaktHeirs"), value.capture());
        return (List<String>) value.getValue().getValue();
    }
}
