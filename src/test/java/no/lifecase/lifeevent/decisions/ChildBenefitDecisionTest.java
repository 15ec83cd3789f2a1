package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.havingachild.HavingAChild.Variable;
import no.lifecase.lifeevent.havingachild.HavingAChild;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * {@code child-benefit.dmn}, evaluated by the in-memory engine against the test cases in
 * {@code decisions/child-benefit-cases.csv} (an empty cell is a variable the register did not give us).
 */
@Deployment(resources = "no/lifecase/lifeevent/havingachild/decisions/child-benefit.dmn")
class ChildBenefitDecisionTest {

    private static final String DECISION_RESOURCE = "child-benefit.dmn";
    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{4}: {3}")
    @CsvFileSource(resources = "/decisions/child-benefit-cases.csv", numLinesToSkip = 1)
    void decides_whether_child_benefit_can_be_granted_automatically(Boolean childHasDNumber, Boolean anyParentHasDNumber,
            Boolean childHasResidenceAddress, String expectedRoute, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.CHILD_HAS_D_NUMBER, childHasDNumber);
        variables.put(Variable.ANY_PARENT_HAS_D_NUMBER, anyParentHasDNumber);
        variables.put(Variable.CHILD_HAS_RESIDENCE_ADDRESS, childHasResidenceAddress);

        var route = engine.getDecisionService()
                .evaluateDecisionTableByKey(HavingAChild.Decision.CHILD_BENEFIT, variables).getSingleEntry();

        assertThat(route).isEqualTo(expectedRoute);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, HavingAChild.Decision.CHILD_BENEFIT));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
