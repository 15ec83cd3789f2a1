package no.lifecase.agency;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Letters to an organisation's board: to every board member, or to the founder when the register named none. */
class SendOrganisationLetterDelegateTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final String CHAIR = "13857548595";
    private static final String MEMBER = "13858025456";

    private final CitizenLetters letters = mock(CitizenLetters.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @BeforeEach
    void aCase() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(execution.getProcessInstanceId()).thenReturn("pi-1");
        when(execution.getCurrentActivityId()).thenReturn("Task_SendSchemeOffers");
        when(execution.getVariable("subject")).thenReturn(CHAIR);
    }

    @Test
    void the_letter_a_decision_chose_goes_to_every_board_member() {
        when(execution.getVariable("boardMembers")).thenReturn(List.of(CHAIR, MEMBER));
        when(execution.getVariable("schemeLetter")).thenReturn("voluntary-schemes-registered");

        new SendOrganisationLetterDelegate(letters, null, "schemeLetter").execute(execution);

        verify(letters).send(eq(CASE), eq(List.of(Fodselsnummer.parse(CHAIR), Fodselsnummer.parse(MEMBER))),
                eq("voluntary-schemes-registered"), eq("pi-1:Task_SendSchemeOffers"));
    }

    @Test
    void without_board_members_the_founder_gets_the_letter() {
        when(execution.getVariable("boardMembers")).thenReturn(List.of());

        new SendOrganisationLetterDelegate(letters, "frivillighetsregisteret-registration-guidance", null).execute(execution);

        verify(letters).send(eq(CASE), eq(List.of(Fodselsnummer.parse(CHAIR))),
                eq("frivillighetsregisteret-registration-guidance"), anyString());
    }
}
