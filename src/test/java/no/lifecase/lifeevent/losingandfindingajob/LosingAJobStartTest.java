package no.lifecase.lifeevent.losingandfindingajob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberType;
import no.lifecase.identity.LevelOfAssurance;
import no.lifecase.lifeevent.CitizenStartDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may start "losing and finding a job", and about whom: the rule behind the start form. */
class LosingAJobStartTest {

    private static final Fodselsnummer CITIZEN = Fodselsnummer.parse("15839049843");
    private static final String EMPLOYER = "974760673";

    private final CaseService cases = mock(CaseService.class);
    private final LosingAJobStart rule = new LosingAJobStart(cases, Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void the_case_is_about_the_citizen_and_needs_a_login_at_level_high() {
        when(cases.casesOf(CITIZEN)).thenReturn(List.of());

        var decision = rule.decide(CITIZEN, answers("2026-11-30", EMPLOYER));

        assertThat(decision).isEqualTo(new CitizenStartDecision.Open(CITIZEN, Map.of()));
        assertThat(rule.requiredLevel()).isEqualTo(LevelOfAssurance.HIGH);
        assertThat(rule.lifeEvent()).isEqualTo(LosingAndFindingAJobModule.LIFE_EVENT);
    }

    @ParameterizedTest(name = "{0}, {1} -> {3}")
    @CsvSource({
            "2027-02-03, 974760673, lastWorkingDay, start.job.lastWorkingDay.tooLate",
            "2025-11-01, 974760673, lastWorkingDay, start.job.lastWorkingDay.tooEarly",
            "30.11.2026, 974760673, lastWorkingDay, start.job.lastWorkingDay.invalid"})
    void an_answer_the_rule_cannot_accept_is_refused_on_its_field(String lastWorkingDay, String employer, String field, String messageKey) {
        when(cases.casesOf(CITIZEN)).thenReturn(List.of());

        assertThat(rule.decide(CITIZEN, answers(lastWorkingDay, employer))).isEqualTo(new CitizenStartDecision.Refused(field, messageKey));
    }

    @Test
    void the_employers_number_is_checked_as_an_organisation_number_before_the_rule_decides() {
        assertThat(rule.identityNumberFields()).containsExactly(Map.entry("employerOrganisationNumber", IdentityNumberType.ORGANISASJONSNUMMER));
    }

    @Test
    void a_second_case_is_refused_while_the_first_runs_and_allowed_once_it_is_closed() {
        var running = mock(LifeEventCase.class);
        when(running.lifeEventId()).thenReturn(LosingAndFindingAJobModule.LIFE_EVENT.id());
        when(running.status()).thenReturn(CaseStatus.WAITING);
        when(cases.casesOf(CITIZEN)).thenReturn(List.of(running));

        assertThat(rule.decide(CITIZEN, answers("2026-11-30", EMPLOYER)))
                .isEqualTo(new CitizenStartDecision.Refused(null, "start.job.alreadyOpen"));

        when(running.status()).thenReturn(CaseStatus.CLOSED);
        assertThat(rule.decide(CITIZEN, answers("2026-11-30", EMPLOYER))).isInstanceOf(CitizenStartDecision.Open.class);
    }

    private static Map<String, Object> answers(String lastWorkingDay, String employer) {
        var answers = new HashMap<String, Object>();
        answers.put("lastWorkingDay", lastWorkingDay);
        answers.put("reason", "dismissed");
        answers.put("employerOrganisationNumber", employer);
        return answers;
    }
}
