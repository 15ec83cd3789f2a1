package no.lifecase.agency.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.appeal.AppealNames.Element;
import no.lifecase.agency.appeal.AppealNames.Value;
import no.lifecase.agency.appeal.AppealNames.Variable;
import no.lifecase.caseworker.TaskDeadline;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of appeal.bpmn and decision-review.bpmn, with what each task records (docs/adr/0056). */
@Deployment(resources = {"no/lifecase/agency/appeal/appeal.bpmn", "no/lifecase/agency/appeal/decision-review.bpmn",
        "no/lifecase/agency/appeal/forms/appeal-consider.form", "no/lifecase/agency/appeal/forms/appeal-decide.form",
        "no/lifecase/agency/appeal/forms/review-decision.form"})
class AppealProcessesTest {

    @RegisterExtension
    @Order(1)
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    /** After the engine extension, so that they read the history before the deployment goes. */
    @RegisterExtension
    @Order(2)
    static FlowNodeCoverage appealCoverage = new FlowNodeCoverage(AppealNames.PROCESS_ID);

    @RegisterExtension
    @Order(3)
    static FlowNodeCoverage reviewCoverage = new FlowNodeCoverage(AppealNames.REVIEW_PROCESS_ID);

    private final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void listenersRecord() {
        Mocks.register("recordAppealConsidered", (TaskListener) task -> recorded.add("considered " + task.getVariable(Variable.APPEAL_OUTCOME)));
        Mocks.register("recordAppealDecided", (TaskListener) task -> recorded.add("decided " + task.getVariable(Variable.APPEAL_BODY_OUTCOME)));
        Mocks.register("recordReviewAnswered", (TaskListener) task -> recorded.add("answered " + task.getVariable(Variable.REVIEW_OUTCOME)));
        Mocks.register("taskDeadline", new TaskDeadline());
        Mocks.register("remindAgency", (JavaDelegate) execution -> recorded.add("remind " + execution.getCurrentActivityId()));
        Mocks.register("escalateToSupervisors", (JavaDelegate) execution -> recorded.add("escalate " + execution.getCurrentActivityId()));
        Mocks.register("sendAppealDecision", (JavaDelegate) execution -> recorded.add("send " + execution.getCurrentActivityId()
                + " of " + execution.getVariable(Variable.APPEAL_ID)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void the_agency_that_changes_its_decision_sends_the_new_decision_and_ends_the_appeal() {
        var instance = appeal();
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.CONSIDER_APPEAL);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("nav");

        complete(task(instance), withVariables(Variable.APPEAL_OUTCOME, Value.CHANGED, Variable.APPEAL_REASONS, "Du har rett."));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.SEND_CHANGED_DECISION);
        execute(job(Element.SEND_CHANGED_DECISION, instance));      // sent after the agency's answer is stored

        BpmnAwareTests.assertThat(instance).hasPassed(Element.SEND_CHANGED_DECISION, "EndEvent_DecisionChanged")
                .hasNotPassed(Element.DECIDE_APPEAL, Element.SEND_APPEAL_BODY_DECISION).isEnded();
        assertThat(recorded).containsExactly("considered changed", "send Task_SendChangedDecision of appeal-1");
    }

    @Test
    void an_upheld_decision_goes_to_the_appeal_body_whose_decision_is_sent_and_both_are_reminded_and_escalated() {
        var instance = appeal();
        deadlinesPass(instance, "ConsiderAppeal");
        complete(task(instance), withVariables(Variable.APPEAL_OUTCOME, Value.UPHELD, Variable.APPEAL_REASONS, "Vedtaket er riktig."));

        BpmnAwareTests.assertThat(instance).hasPassed("Event_SentToAppealBody").isWaitingAt(Element.DECIDE_APPEAL);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("nav-klageinstans");
        assertThat(task(instance).getDueDate()).isNotNull();
        deadlinesPass(instance, "DecideAppeal");
        complete(task(instance), withVariables(Variable.APPEAL_BODY_OUTCOME, "upheld", Variable.APPEAL_BODY_REASONS, "Stadfestet."));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.SEND_APPEAL_BODY_DECISION);
        execute(job(Element.SEND_APPEAL_BODY_DECISION, instance));

        BpmnAwareTests.assertThat(instance).hasPassed(Element.SEND_APPEAL_BODY_DECISION, "EndEvent_AppealDecided")
                .hasNotPassed(Element.SEND_CHANGED_DECISION).isEnded();
        assertThat(recorded).containsExactly("remind Task_RemindConsiderAppeal", "escalate Task_EscalateConsiderAppeal",
                "considered upheld", "remind Task_RemindDecideAppeal", "escalate Task_EscalateDecideAppeal", "decided upheld",
                "send Task_SendAppealBodyDecision of appeal-1");
    }

    @Test
    void a_review_request_is_a_task_for_the_deciding_agency_and_its_answer_is_recorded() {
        var instance = runtimeService().startProcessInstanceByKey(AppealNames.REVIEW_PROCESS_ID, "LE-2026-000001",
                Map.of(Variable.APPEAL_ID, "review-1", Variable.AGENCY, "nav", Variable.REVIEW_TEXT, "Se på det."));
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("nav");
        deadlinesPass(instance, "ReviewDecision");

        complete(task(instance), withVariables(Variable.REVIEW_OUTCOME, "confirmed", Variable.REVIEW_ANSWER, "Vedtaket er riktig."));

        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ReviewAnswered").isEnded();
        assertThat(recorded).containsExactly("remind Task_RemindReviewDecision", "escalate Task_EscalateReviewDecision",
                "answered confirmed");
    }

    private static ProcessInstance appeal() {
        var variables = new HashMap<String, Object>(Map.of(Variable.APPEAL_ID, "appeal-1", Variable.AGENCY, "nav",
                Variable.APPEAL_BODY, "nav-klageinstans", Variable.LATE, false, Variable.APPEAL_TEXT, "Jeg er uenig."));
        return runtimeService().startProcessInstanceByKey(AppealNames.PROCESS_ID, "LE-2026-000001", variables);
    }

    /** The reminder and then the escalation of the open task, which stays open (ADR 0025). */
    private static void deadlinesPass(ProcessInstance instance, String task) {
        execute(job("Timer_" + task + "DeadlineNear", instance));
        execute(job("Timer_" + task + "DeadlinePassed", instance));
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_" + task)
                .hasPassed("EndEvent_" + task + "Reminded", "EndEvent_" + task + "Escalated");
    }
}
