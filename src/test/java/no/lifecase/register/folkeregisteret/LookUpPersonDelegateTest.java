package no.lifecase.register.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LookUpPersonDelegateTest {

    private static final String SUBJECT = "15839049843";
    private static final CaseReference CASE = CaseReference.of("LE-2026-000007");

    private final PersonLookup lookup = mock(PersonLookup.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final LookUpPersonDelegate delegate = new LookUpPersonDelegate(lookup);

    @BeforeEach
    void aCase() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(execution.getVariable("subject")).thenReturn(SUBJECT);
    }

    @Test
    void sets_only_the_flags_the_gateways_need() {
        when(lookup.of(Fodselsnummer.parse(SUBJECT), CASE)).thenReturn(new PersonFacts(false, false, false, "0301", true, true));

        delegate.execute(execution);

        verify(execution).setVariable("isDead", false);
        verify(execution).setVariable("subjectHasDNumber", false);
        verify(execution).setVariable("addressProtected", false);
        verify(execution).setVariable("residenceMunicipality", "0301");
        verify(execution).setVariable("hasTemporaryName", true);
    }

    @Test
    void a_protected_address_sets_no_municipality_and_removes_an_old_one() {
        when(lookup.of(any(), any())).thenReturn(new PersonFacts(false, false, true, "0301", true, false));

        delegate.execute(execution);

        verify(execution).setVariable("addressProtected", true);
        verify(execution, never()).setVariable(org.mockito.ArgumentMatchers.eq("residenceMunicipality"), any());
        verify(execution).removeVariable("residenceMunicipality");
    }

    @Test
    void an_unknown_person_is_a_bpmn_error_the_process_can_route_without_the_whole_number() {
        when(lookup.of(any(), any())).thenThrow(new PersonNotFound(Fodselsnummer.parse(SUBJECT)));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            org.assertj.core.api.Assertions.assertThat(error.getErrorCode()).isEqualTo("Error_PersonNotFound");
            org.assertj.core.api.Assertions.assertThat(error.getMessage()).doesNotContain(SUBJECT);
        });
        verify(execution, never()).setVariable(anyString(), any());
    }

    @Test
    void an_unavailable_register_fails_the_job_so_the_engine_retries() {
        when(lookup.of(any(), any())).thenThrow(new RegisterUnavailable("folkeregisteret", "HTTP 500", null, null));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(RegisterUnavailable.class)
                .hasMessageStartingWith("folkeregisteret is unavailable");
    }
}
