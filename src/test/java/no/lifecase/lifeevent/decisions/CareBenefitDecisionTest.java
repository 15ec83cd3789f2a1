package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Decision;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * {@code care-benefit.dmn}, evaluated by the in-memory engine against the test cases in
 * {@code decisions/care-benefit-cases.csv} (an empty cell is an answer we do not have). The basic amount G is a variable the
 * case gets when it opens, from the dated reference data; here the 1 May 2025 figure.
 */
@Deployment(resources = "no/lifecase/lifeevent/seriouslyillchild/decisions/care-benefit.dmn")
class CareBenefitDecisionTest {

    private static final String DECISION_RESOURCE = "care-benefit.dmn";
    private static final Set<String> MATCHED_RULES = new TreeSet<>();
    private static final long G = 130_160;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{9}: {6} {7}")
    @CsvFileSource(resources = "/decisions/care-benefit-cases.csv", numLinesToSkip = 1)
    void recommends_to_the_nav_caseworker_who_always_decides(Integer childAge, Boolean statementByHospitalDoctor,
            Boolean needsContinuousCare, String employment, Long annualIncome, Boolean childHospitalised,
            String expectedOutcome, String expectedReason, boolean expectedBothParents, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.CHILD_AGE, childAge);
        variables.put(Variable.STATEMENT_BY_HOSPITAL_DOCTOR, statementByHospitalDoctor);
        variables.put(Variable.NEEDS_CONTINUOUS_CARE, needsContinuousCare);
        variables.put(Variable.EMPLOYMENT, employment);
        variables.put(Variable.ANNUAL_INCOME, annualIncome);
        variables.put(Variable.CHILD_HOSPITALISED, childHospitalised);
        variables.put(Variable.BASIC_AMOUNT, G);

        var result = engine.getDecisionService().evaluateDecisionTableByKey(Decision.CARE_BENEFIT, variables).getSingleResult();

        assertThat(result.getEntryMap().get("outcome")).as("%s: the recommended outcome", description).isEqualTo(expectedOutcome);
        assertThat(result.getEntryMap()).as(description)
                .containsEntry("decidedBy", "caseworker")
                .containsEntry("reason", expectedReason)
                .containsEntry(Variable.BOTH_PARENTS, expectedBothParents);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, Decision.CARE_BENEFIT));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
