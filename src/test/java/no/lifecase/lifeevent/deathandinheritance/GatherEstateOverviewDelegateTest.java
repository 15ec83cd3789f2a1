package no.lifecase.lifeevent.deathandinheritance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.estate.EstateOverview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the process step does with the heirs it is given, with the use case mocked. */
class GatherEstateOverviewDelegateTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("13857548595");
    private static final Fodselsnummer HEIR = Fodselsnummer.parse("13858025456");
    private static final Fodselsnummer CO_HEIR = Fodselsnummer.parse("22856220072");

    private final EstateOverview overview = mock(EstateOverview.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final GatherEstateOverviewDelegate delegate = new GatherEstateOverviewDelegate(overview);

    @BeforeEach
    void aDeathCase() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(execution.getVariable("subject")).thenReturn(DECEASED.value());
    }

    @Test
    void gathers_for_a_java_list_of_heirs() {
        heirs(new ArrayList<>(List.of(HEIR.value(), CO_HEIR.value())));

        delegate.execute(execution);

        verify(overview).gather(CASE, DECEASED, null, List.of(HEIR, CO_HEIR));
    }

    @Test
    void gathers_for_a_spin_json_list_of_heirs() {
        heirs(Spin.JSON("[\"" + HEIR.value() + "\",\"" + CO_HEIR.value() + "\"]"));

        delegate.execute(execution);

        verify(overview).gather(CASE, DECEASED, null, List.of(HEIR, CO_HEIR));
    }

    @Test
    void gathers_for_a_single_heir() {
        heirs(HEIR.value());

        delegate.execute(execution);

        verify(overview).gather(CASE, DECEASED, null, List.of(HEIR));
    }

    @Test
    void does_nothing_for_an_empty_list() {
        heirs(new ArrayList<>());

        delegate.execute(execution);

        verifyNoInteractions(overview);
    }

    @Test
    void does_nothing_for_an_empty_spin_list_for_none_or_without_the_variable() {
        for (Object nobody : new Object[]{Spin.JSON("[]"), "none", "", null}) {
            heirs(nobody);
            delegate.execute(execution);
        }

        verifyNoInteractions(overview);
    }

    @Test
    void the_heirs_with_skifteattest_are_those_the_court_named() {
        heirs("heirs-with-skifteattest");
        when(execution.getVariable("estateHeirs")).thenReturn(Spin.JSON("[\"" + HEIR.value() + "\"]"));

        delegate.execute(execution);

        verify(overview).gather(CASE, DECEASED, null, List.of(HEIR));
    }

    @Test
    void the_heirs_with_formuesfullmakt_are_those_the_court_gave_it_and_the_banks_are_asked_for_the_date_of_death() {
        heirs("heirs-with-formuesfullmakt");
        when(execution.getVariable("formuesfullmaktHeirs")).thenReturn(Spin.JSON("[\"" + CO_HEIR.value() + "\"]"));
        when(execution.getVariable("dateOfDeath")).thenReturn("2026-02-10");

        delegate.execute(execution);

        verify(overview).gather(CASE, DECEASED, LocalDate.of(2026, 2, 10), List.of(CO_HEIR));
    }

    @Test
    void the_surviving_spouse_is_the_spouse_folkeregisteret_gave() {
        heirs("surviving-spouse");
        when(execution.getVariable("spouseId")).thenReturn(CO_HEIR.value());

        delegate.execute(execution);

        verify(overview).gather(CASE, DECEASED, null, List.of(CO_HEIR));
    }

    @Test
    void refuses_a_group_without_heirs_rather_than_guess_who_they_are() {
        heirs("heirs-with-skifteattest");

        assertThatThrownBy(() -> delegate.execute(execution))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("estateHeirs names no heir");
        verifyNoInteractions(overview);
    }

    @Test
    void an_unavailable_register_reaches_the_engine_for_a_retry() {
        heirs(List.of(HEIR.value()));
        when(overview.gather(any(), any(), any(), any())).thenThrow(new RegisterUnavailable("dsop", "HTTP 503", null, null));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(RegisterUnavailable.class).hasMessageContaining("dsop");
    }

    @Test
    void an_invalid_heir_names_the_variable_without_echoing_the_number() {
        heirs(List.of("12345678901"));

        assertThatThrownBy(() -> delegate.execute(execution))
                .hasMessageContaining("estateOverviewFor").hasMessageNotContaining("12345678901");
        verifyNoInteractions(overview);
    }

    private void heirs(Object value) {
        when(execution.getVariable("estateOverviewFor")).thenReturn(value);
    }
}
