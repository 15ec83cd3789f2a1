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

    @ParameterizedTest(name = "{9}: {6} {8}")
    @CsvFileSource(resources = "/decisions/child-benefit-cases.csv", numLinesToSkip = 1)
    void grants_by_the_rules_only_when_every_condition_is_known_and_met_and_otherwise_says_why_a_caseworker_decides(
            Boolean childHasDNumber, Boolean anyParentHasDNumber, Boolean childHasResidenceAddress, Boolean childBornAbroad,
            Boolean motherResident, Boolean anyParentEeaCitizen, String expectedDecidedBy, String expectedOutcome,
            String expectedReason, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.CHILD_HAS_D_NUMBER, childHasDNumber);
        variables.put(Variable.ANY_PARENT_HAS_D_NUMBER, anyParentHasDNumber);
        variables.put(Variable.CHILD_HAS_RESIDENCE_ADDRESS, childHasResidenceAddress);
        variables.put(Variable.CHILD_BORN_ABROAD, childBornAbroad);
        variables.put(Variable.MOTHER_RESIDENT, motherResident);
        variables.put(Variable.ANY_PARENT_EEA_CITIZEN, anyParentEeaCitizen);

        var result = engine.getDecisionService()
                .evaluateDecisionTableByKey(HavingAChild.Decision.CHILD_BENEFIT, variables).getSingleResult();

        assertThat((String) result.get("decidedBy")).isEqualTo(expectedDecidedBy);
        assertThat((String) result.get("outcome")).isEqualTo(expectedOutcome);
        assertThat((String) result.get("reason")).isEqualTo(expectedReason);
        assertThat((String) result.get("advice")).as("a caseworker is told what to find out, the rules' grant needs no advice")
                .satisfies(advice -> assertThat(advice == null).isEqualTo("rules".equals(expectedDecidedBy)));
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, HavingAChild.Decision.CHILD_BENEFIT));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
