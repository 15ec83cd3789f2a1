package no.lifecase.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.lifecase.caseworker.TaskDeadline;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"no/lifecase/agency/notify-agency.bpmn", "no/lifecase/agency/forms/notice-follow-up.form"})
class NotifyAgencyProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private final AtomicInteger sent = new AtomicInteger();
    private final List<String> deadlineActions = new ArrayList<>();

    @BeforeEach
    void sendingCountsAttempts() {
        Mocks.register("sendAgencyNotice", (JavaDelegate) execution -> {
            execution.setVariable(AgencyNotices.NOTICE_ID, "notice-1");
            execution.setVariable("noticeAttempts", sent.incrementAndGet());
        });
        Mocks.register("taskDeadline", new TaskDeadline());
        Mocks.register("remindAgency", (JavaDelegate) execution -> deadlineActions.add("remind " + execution.getCurrentActivityId()));
        Mocks.register("escalateToSupervisors", (JavaDelegate) execution -> deadlineActions.add("escalate " + execution.getCurrentActivityId()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_confirmed_notice_ends_with_the_receipt() {
        var instance = start(Map.of());
        execute(job(instance));

        receipt();

        BpmnAwareTests.assertThat(instance).hasPassed("Task_SendNotice", "Event_ReceiptReceived", "EndEvent_NoticeDelivered").isEnded()
                .variables().containsEntry("receiptReceived", true);
        assertThat(sent).hasValue(1);
    }

    @Test
    void an_unconfirmed_notice_is_sent_once_more_and_the_second_receipt_counts() {
        var instance = start(Map.of("receiptDeadline", "PT6H"));
        execute(job(instance));

        deadlinePasses(instance, Duration.ofHours(6));
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_SendNotice");
        execute(job(instance));
        receipt();

        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_NoticeDelivered").isEnded();
        assertThat(sent).hasValue(2);
    }

    @Test
    void a_notice_unconfirmed_twice_becomes_a_task_for_the_receiving_agency() {
        var instance = start(Map.of());
        execute(job(instance));
        deadlinePasses(instance, Duration.ofDays(2));
        execute(job(instance));
        deadlinePasses(instance, Duration.ofDays(2));

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_FollowUpNotice");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("kommune-0301");
        assertThat(task(instance).getDueDate()).isAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));

        // Due in two days, so the reminder comes half-way, after one day; the escalation at the due date (ADR 0025).
        var due = task(instance).getDueDate().toInstant();
        var near = job("Timer_FollowUpNoticeDeadlineNear", instance);
        var passed = job("Timer_FollowUpNoticeDeadlinePassed", instance);
        assertThat(near.getDuedate()).isEqualTo(Date.from(due.minus(Duration.ofDays(1))));
        assertThat(passed.getDuedate()).isEqualTo(Date.from(due));
        execute(near);
        execute(passed);
        assertThat(deadlineActions).containsExactly("remind Task_RemindFollowUpNotice", "escalate Task_EscalateFollowUpNotice");
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_FollowUpNotice")
                .hasPassed("EndEvent_FollowUpNoticeReminded", "EndEvent_FollowUpNoticeEscalated");

        complete(task(instance), withVariables("followUpOutcome", "handled"));
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_NoticeFollowedUp").isEnded()
                .variables().containsEntry("receiptReceived", false);
        assertThat(sent).hasValue(2);
    }

    private ProcessInstance start(Map<String, Object> extra) {
        var variables = new java.util.HashMap<String, Object>(Map.of("caseRef", "LE-2026-000001", "agency", "kommune-0301", "notice", "death-funeral"));
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey("notify-agency", "LE-2026-000001", variables);
    }

    private void receipt() {
        runtimeService().createMessageCorrelation(AgencyNotices.RECEIPT_MESSAGE)
                .processInstanceVariableEquals(AgencyNotices.NOTICE_ID, "notice-1").correlate();
    }

    /** Moves the engine clock past the deadline and fires the timer, as the job executor would. */
    private void deadlinePasses(ProcessInstance instance, Duration deadline) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(deadline).plusSeconds(1)));
        execute(job(instance));
    }
}
