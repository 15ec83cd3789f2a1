package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob;
import no.lifecase.register.inntekt.Grunnbelop;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code unemployment-benefit.dmn}: the income requirement (1.5 G in 12 months or 3 G in 36 months,
 * docs/domain.md#losing-and-finding-a-job) at and around its thresholds, with G = NOK 130 160, and what goes to a
 * caseworker. An empty cell is a value the registers did not give.
 */
@Deployment(resources = "no/lifecase/lifeevent/losingandfindingajob/decisions/unemployment-benefit.dmn")
class UnemploymentBenefitDecisionTest {

    private static final String DECISION_RESOURCE = "unemployment-benefit.dmn";
    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{5}")
    @CsvSource({
            // employment, reason, income 12 months, income 36 months, route, description
            "true,  dismissed, 195240, 0,      grant,                    exactly 1.5 G in 12 months",
            "true,  dismissed, 195239, 390479, income-too-low,           just under both thresholds",
            "true,  dismissed, 0,      390480, grant,                    exactly 3 G in 36 months",
            "true,  bankrupt,  600000, 1500000, grant,                   the employer's bankruptcy is granted like a dismissal",
            "true,  laid-off,  600000, 1500000, laid-off,                laid off needs the permitteringsvarsel, whatever the income",
            "false, dismissed, 600000, 1500000, employment-not-confirmed, Aa-registeret does not know the employment",
            ",      dismissed, 600000, 1500000, employment-not-confirmed, not known whether the employment exists",
            "true,  dismissed, ,       ,        income-too-low,           no income reported"})
    void decides_whether_unemployment_benefit_can_be_granted_automatically(Boolean employmentConfirmed, String reason, Long income12,
                                                                            Long income36, String expectedRoute, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.EMPLOYMENT_CONFIRMED, employmentConfirmed);
        variables.put(Variable.REASON, reason);
        variables.put(Variable.INCOME_LAST_12_MONTHS, income12);
        variables.put(Variable.INCOME_LAST_36_MONTHS, income36);
        variables.put(Variable.GRUNNBELOP, Grunnbelop.VALUE);

        var route = engine.getDecisionService()
                .evaluateDecisionTableByKey(LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT, variables).getSingleEntry();

        assertThat(route).as(description).isEqualTo(expectedRoute);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
