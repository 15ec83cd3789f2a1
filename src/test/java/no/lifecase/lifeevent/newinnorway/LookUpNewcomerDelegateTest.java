package no.lifecase.lifeevent.newinnorway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.folkeregisteret.NewcomerFacts;
import no.lifecase.register.folkeregisteret.NewcomerLookup;
import no.lifecase.register.folkeregisteret.PersonNotFound;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LookUpNewcomerDelegateTest {

    private static final String SUBJECT = "15839049843";
    private static final CaseReference CASE = CaseReference.of("LE-2026-000077");

    private final NewcomerLookup lookup = mock(NewcomerLookup.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final LookUpNewcomerDelegate delegate = new LookUpNewcomerDelegate(lookup);

    @BeforeEach
    void aCase() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(execution.getVariable("subject")).thenReturn(SUBJECT);
    }

    @Test
    void sets_only_what_the_model_routes_on() {
        when(lookup.of(Fodselsnummer.parse(SUBJECT), CASE)).thenReturn(new NewcomerFacts(false, true, true, 36, "POL", false, "5001"));

        delegate.execute(execution);

        verify(execution).setVariable("identityRoute", "fodselsnummer-from-d-number");
        verify(execution).setVariable("subjectHasDNumber", false);
        verify(execution).setVariable("resident", true);
        verify(execution).setVariable("age", 36);
        verify(execution).setVariable("fromCountry", "POL");
        verify(execution).setVariable("addressProtected", false);
        verify(execution).setVariable("residenceMunicipality", "5001");
    }

    @Test
    void a_protected_address_sets_no_municipality_and_removes_an_old_one() {
        when(lookup.of(any(), any())).thenReturn(new NewcomerFacts(false, false, true, 30, null, true, "0301"));

        delegate.execute(execution);

        verify(execution).setVariable("addressProtected", true);
        verify(execution, never()).setVariable(eq("residenceMunicipality"), any());
        verify(execution).removeVariable("residenceMunicipality");
        verify(execution).removeVariable("fromCountry");
    }

    @Test
    void an_unknown_person_is_a_bpmn_error_without_the_whole_number() {
        when(lookup.of(any(), any())).thenThrow(new PersonNotFound(Fodselsnummer.parse(SUBJECT)));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo("Error_PersonNotFound");
            assertThat(error.getMessage()).doesNotContain(SUBJECT);
        });
        verify(execution, never()).setVariable(anyString(), any());
    }
}
