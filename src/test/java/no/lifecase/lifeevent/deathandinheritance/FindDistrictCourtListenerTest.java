package no.lifecase.lifeevent.deathandinheritance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.referencedata.CourtDistricts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class FindDistrictCourtListenerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    private final CourtDistricts courtDistricts = mock(CourtDistricts.class);
    private final FindDistrictCourtListener listener = new FindDistrictCourtListener(courtDistricts, CLOCK);

    @Test
    void the_court_of_the_municipality_in_the_districts_in_force_today() {
        when(courtDistricts.courtOf("4204", LocalDate.of(2026, 3, 2))).thenReturn(Optional.of("tingrett-TAGD"));

        var execution = execution(false, "4204");
        listener.notify(execution);

        verify(execution).setVariable(Variable.DISTRICT_COURT, "tingrett-TAGD");
    }

    @Test
    void a_municipality_no_court_district_names_fails_the_step_naming_it_and_sets_no_court() {
        when(courtDistricts.courtOf("5061", LocalDate.of(2026, 3, 2))).thenReturn(Optional.empty());

        var execution = execution(false, "5061");

        assertThatThrownBy(() -> listener.notify(execution)).isInstanceOf(NoDistrictCourtKnown.class)
                .hasMessageContaining("municipality 5061 on 2026-03-02").hasMessageContaining("/api/reference-data/court-districts");
        verify(execution, never()).setVariable(eq(Variable.DISTRICT_COURT), any());
    }

    @Test
    void a_protected_or_unknown_address_names_no_court_by_its_municipality() {
        var protectedAddress = execution(true, "4204");
        var unknown = execution(null, "4204");

        listener.notify(protectedAddress);
        listener.notify(unknown);

        verify(protectedAddress).setVariable(Variable.DISTRICT_COURT, null);
        verify(unknown).setVariable(Variable.DISTRICT_COURT, null);
        verifyNoInteractions(courtDistricts);
    }

    private static DelegateExecution execution(Boolean addressProtected, String municipality) {
        var execution = mock(DelegateExecution.class);
        when(execution.getVariable(Variable.ADDRESS_PROTECTED)).thenReturn(addressProtected);
        when(execution.getVariable(Variable.RESIDENCE_MUNICIPALITY)).thenReturn(municipality);
        return execution;
    }
}
