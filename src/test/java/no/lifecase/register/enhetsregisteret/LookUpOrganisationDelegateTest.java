package no.lifecase.register.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the process learns about an organisation, with the lookup mocked. */
class LookUpOrganisationDelegateTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final Organisasjonsnummer NUMBER = Organisasjonsnummer.parse("310000019");

    private final OrganisationLookup lookup = mock(OrganisationLookup.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final LookUpOrganisationDelegate delegate = new LookUpOrganisationDelegate(lookup);

    @BeforeEach
    void aCaseAboutAnOrganisation() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(execution.getVariable("organisationNumber")).thenReturn(NUMBER.value());
    }

    @Test
    void sets_the_form_the_flags_and_the_board_as_identity_numbers() {
        when(lookup.of(NUMBER, CASE)).thenReturn(Optional.of(new Organisation(NUMBER, "AS", true, false, false,
                List.of(Fodselsnummer.parse("13857548595"), Fodselsnummer.parse("13858025456")))));

        delegate.execute(execution);

        verify(execution).setVariable("organisationForm", "AS");
        verify(execution).setVariable("hasEmployees", true);
        verify(execution).setVariable("vatRegistered", false);
        verify(execution).setVariable("registeredInFrivillighetsregisteret", false);
        var boardMembers = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq("boardMembers"), boardMembers.capture());
        var value = (ObjectValue) boardMembers.getValue();
        assertThat(value.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(value.getValue()).isEqualTo(List.of("13857548595", "13858025456"));
    }

    @Test
    void sets_the_roles_the_role_check_needs_and_the_municipality_for_routing() {
        when(lookup.of(NUMBER, CASE)).thenReturn(Optional.of(new Organisation(NUMBER, "NUF", false, false, false, List.of(),
                "4601", java.util.Set.of(RoleType.KONTAKTPERSON))));

        delegate.execute(execution);

        verify(execution).setVariable("hasOwner", false);
        verify(execution).setVariable("hasGeneralManager", false);
        verify(execution).setVariable("hasBoard", false);
        verify(execution).setVariable("hasContactPerson", true);
        verify(execution).setVariable("businessMunicipality", "4601");
    }

    @Test
    void an_organisation_without_a_municipality_sets_none() {
        when(lookup.of(NUMBER, CASE)).thenReturn(Optional.of(new Organisation(NUMBER, "ENK", false, false, false, List.of(),
                null, java.util.Set.of(RoleType.INNEHAVER))));

        delegate.execute(execution);

        verify(execution).setVariable("hasOwner", true);
        verify(execution, org.mockito.Mockito.never()).setVariable(eq("businessMunicipality"), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void an_unknown_organisation_is_a_bpmn_error() {
        when(lookup.of(NUMBER, CASE)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> delegate.execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("Error_OrganisationNotFound"));
    }

    @Test
    void a_missing_organisation_number_names_the_variable() {
        when(execution.getVariable("organisationNumber")).thenReturn(null);

        assertThatThrownBy(() -> delegate.execute(execution)).hasMessage("organisationNumber is required");
    }

    @Test
    void an_unavailable_register_reaches_the_engine_for_a_retry() {
        when(lookup.of(NUMBER, CASE)).thenThrow(new RegisterUnavailable("enhetsregisteret", "HTTP 503", Duration.ofSeconds(5), null));

        assertThatThrownBy(() -> delegate.execute(execution))
                .isInstanceOf(RegisterUnavailable.class)
                .hasMessageContaining("enhetsregisteret");
    }
}
