package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Decision;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Variable;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * {@code newcomer-entitlements.dmn} (hit policy COLLECT), evaluated by the engine against the cases in
 * {@code decisions/newcomer-entitlements-cases.csv} (an empty cell is a variable the lookup left out). The offers
 * come in the table's order.
 */
@Deployment(resources = "no/lifecase/lifeevent/newinnorway/decisions/newcomer-entitlements.dmn")
class NewcomerEntitlementsDecisionTest {

    private static final String DECISION_RESOURCE = "newcomer-entitlements.dmn";
    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decisions/newcomer-entitlements-cases.csv", numLinesToSkip = 1)
    void offers_what_the_law_gives_the_newcomer(String description, Boolean resident, Boolean subjectHasDNumber,
            String residenceBasis, Integer age, String offers) {
        var result = engine.getDecisionService().evaluateDecisionByKey(Decision.ENTITLEMENTS)
                .variables(Variables.createVariables()
                        .putValue(Variable.RESIDENT, resident)
                        .putValue(Variable.SUBJECT_HAS_D_NUMBER, subjectHasDNumber)
                        .putValue(Variable.RESIDENCE_BASIS, residenceBasis)
                        .putValue(Variable.AGE, age))
                .evaluate();

        List<String> expected = offers == null ? List.of() : Arrays.asList(offers.split(" "));
        assertThat(result.<String>collectEntries("offer")).as(description).containsExactlyElementsOf(expected);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, Decision.ENTITLEMENTS));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
