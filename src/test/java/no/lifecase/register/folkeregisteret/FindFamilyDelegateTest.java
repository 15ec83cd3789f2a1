package no.lifecase.register.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FindFamilyDelegateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private final FamilyLookup lookup = mock(FamilyLookup.class);
    private final PersonLookup person = mock(PersonLookup.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final FindFamilyDelegate delegate = new FindFamilyDelegate(lookup, person);

    @BeforeEach
    void aCase() {
        when(execution.getProcessBusinessKey()).thenReturn("LE-2026-000008");
        when(execution.getVariable("subject")).thenReturn("10812599718");
        when(person.of(any(), any())).thenReturn(new PersonFacts(false, false, false, "0301", true, true));
    }

    @Test
    void sets_spouse_flag_count_of_children_under_20_and_the_parents_as_a_json_list() {
        when(lookup.of(eq(Fodselsnummer.parse("10812599718")), any())).thenReturn(new Family("02918849923", List.of(
                new Family.Child("a", TODAY.minusYears(3), true),
                new Family.Child("b", TODAY.minusYears(25), true),
                new Family.Child("c", TODAY.minusYears(5), false)),
                List.of("15839049843", "02918849923"), "15839049843", TODAY));

        delegate.execute(execution);

        verify(execution).setVariable("hasSpouse", true);
        verify(execution).setVariable("childrenUnder20", 1);
        verify(execution).setVariable("motherId", "15839049843");
        verify(execution).setVariable("anyParentHasDNumber", false);
        verify(execution).setVariable("childHasResidenceAddress", true);
        verify(execution).setVariable("hasTemporaryName", true);
        verify(execution).setVariable("residenceMunicipality", "0301");
        var heirs = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq("heirs"), heirs.capture());
        assertThat(((ObjectValue) heirs.getValue()).getValue()).isEqualTo(List.of("02918849923", "a", "b"));
        var parents = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq("parentsWithResponsibility"), parents.capture());
        assertThat(parents.getValue()).isInstanceOfSatisfying(ObjectValue.class, value -> {
            assertThat(value.getSerializationDataFormat()).isEqualTo("application/json");
            assertThat(value.getValue()).isEqualTo(List.of("15839049843", "02918849923"));
        });
    }

    @Test
    void an_unknown_person_is_a_bpmn_error() {
        when(lookup.of(any(), any())).thenThrow(new PersonNotFound(Fodselsnummer.parse("10812599718")));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BpmnError.class)
                .extracting(e -> ((BpmnError) e).getErrorCode()).isEqualTo("Error_PersonNotFound");
    }
}
