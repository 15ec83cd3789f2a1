package no.lifecase.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine records every decision a model makes (docs/adr/0055), whatever the model: the rules' own decision with
 * its legal and automation basis, the rule version, the inputs with their registers and the matched rule; the rules'
 * recommendation where a caseworker must decide; and the caseworker's decision, naming the agency, the caseworker and
 * the recommendation in view.
 */
@LifecaseIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionRecordingIT {

    private static final AtomicInteger CASES = new AtomicInteger();

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService tasks;

    @Autowired
    private IdentityService identity;

    @Autowired
    private CaseDecisions decisions;

    private Deployment deployment;

    @BeforeAll
    void deploy() {
        deployment = repository.createDeployment().name("decision-recording-test")
                .addClasspathResource("decision/decision-recording-test.bpmn")
                .addClasspathResource("decision/decision-recording-test.dmn")
                .deploy();
    }

    @AfterAll
    void undeploy() {
        // The models are this test's own; the next tests see the engine's models as they were.
        repository.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void the_rules_deciding_alone_record_an_automatic_decision_with_its_basis_rule_version_and_inputs() {
        var caseRef = caseRef();
        start(caseRef, true, "none");

        var recorded = decisions.onCase(caseRef);
        assertThat(recorded).hasSize(1);
        var decision = recorded.get(0);
        var version = repository.createDecisionDefinitionQuery().deploymentId(deployment.getId())
                .decisionDefinitionKey("decision-recording-test").singleResult().getVersion();
        assertThat(decision.kind()).isEqualTo(DecisionKind.AUTOMATIC);
        assertThat(decision.subject()).isEqualTo("test-benefit");
        assertThat(decision.outcome()).isEqualTo("granted");
        assertThat(decision.decidedBy()).as("nobody but the rules").isNull();
        assertThat(decision.rule()).isEqualTo("decision-recording-test");
        assertThat(decision.ruleVersion()).isEqualTo(version);
        assertThat(decision.legalBasis()).isEqualTo("Testloven § 1");
        assertThat(decision.automationBasis()).isEqualTo("Testloven § 2; GDPR art. 22 nr. 2 bokstav b");
        assertThat(decision.matchedRules()).containsExactly("Bosatt i Norge og ingen erklæring å vurdere: innvilget etter reglene.");
        assertThat(decision.reasons()).isEqualTo("Bosatt i Norge og ingen erklæring å vurdere: innvilget etter reglene.");
        assertThat(decision.inputs()).containsExactly(
                new DecisionInput("resident", "Er personen bosatt i Norge?", true, "Folkeregisteret"),
                new DecisionInput("statement", "Hva sier legeerklæringen?", "none", null));
        assertThat(decisions.latestRecommendation(caseRef, "test-benefit")).isEmpty();
    }

    @Test
    void where_a_caseworker_must_decide_the_rules_recommend_and_the_caseworker_decides_with_the_recommendation_in_view() {
        var caseRef = caseRef();
        var instance = start(caseRef, true, "hospital");

        var recommendation = decisions.latestRecommendation(caseRef, "test-benefit").orElseThrow();
        assertThat(recommendation.kind()).isEqualTo(DecisionKind.RECOMMENDATION);
        assertThat(recommendation.outcome()).isEqualTo("granted");
        assertThat(recommendation.reason()).isEqualTo("doctor-statement-to-assess");
        assertThat(recommendation.automationBasis()).as("nothing was decided automatically").isNull();
        assertThat(recommendation.outputs()).containsEntry("decidedBy", "caseworker");

        var task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        identity.setAuthentication("nav-decision-test", List.of("nav"));
        try {
            tasks.complete(task.getId(), Map.of("decisionOutcome", "refused",
                    "decisionReasons", "Legeerklæringen viser ikke at barnet trenger kontinuerlig tilsyn og pleie."));
        } finally {
            identity.clearAuthentication();
        }

        var recorded = decisions.onCase(caseRef);
        assertThat(recorded).extracting(RecordedDecision::kind).containsExactly(DecisionKind.RECOMMENDATION, DecisionKind.CASEWORKER);
        var decision = recorded.get(1);
        assertThat(decision.outcome()).isEqualTo("refused");
        assertThat(decision.decidedBy()).isEqualTo("nav");
        assertThat(decision.caseworker()).isEqualTo("nav-decision-test");
        assertThat(decision.recommendationId()).isEqualTo(recommendation.id());
        assertThat(decision.reasons()).isEqualTo("Legeerklæringen viser ikke at barnet trenger kontinuerlig tilsyn og pleie.");
        assertThat(decision.legalBasis()).isEqualTo("Testloven § 1");
        assertThat(decision.rule()).as("a person decided, not a rule").isNull();
        assertThat(decision.inputs()).as("the facts the caseworker had in view").isEqualTo(recommendation.inputs());
    }

    @Test
    void a_recommendation_without_an_outcome_is_recorded_with_its_reason() {
        var caseRef = caseRef();
        start(caseRef, null, null);

        var recommendation = decisions.latestRecommendation(caseRef, "test-benefit").orElseThrow();
        assertThat(recommendation.outcome()).isNull();
        assertThat(recommendation.reason()).isEqualTo("not-resident");
        assertThat(recommendation.inputs()).extracting(DecisionInput::value).containsExactly(null, null);
    }

    private String start(String caseRef, Boolean resident, String statement) {
        var variables = new HashMap<String, Object>();
        variables.put("resident", resident);
        variables.put("statement", statement);
        var definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
        return runtime.startProcessInstanceById(definition.getId(), caseRef, variables).getId();
    }

    private static String caseRef() {
        return "DT-" + (System.currentTimeMillis() % 1_000_000_000L) + "-" + CASES.incrementAndGet();
    }
}
