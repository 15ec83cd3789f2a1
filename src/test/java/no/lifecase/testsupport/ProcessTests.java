package no.lifecase.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.caseworker.TaskDeadline;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;

/** What the per-process tests do to a case's process instance and check on it, the same way for every life event. */
public final class ProcessTests {

    private ProcessTests() {
    }

    /** Runs the one job waiting at the activity (an asynchronous continuation), failing if there is none. */
    public static void executeJob(ProcessInstance instance, String activityId) {
        var job = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at %s", activityId).isNotNull();
        execute(job);
    }

    /**
     * The deadline timers with their real date rules (no Spring needed); the reminder and escalation delegates only
     * record what they were asked to do, as "remind " or "escalate " and the activity id. Their effect is tested in
     * DeadlinesAndSlaIT.
     */
    public static void recordDeadlineActions(List<String> actions) {
        Mocks.register("taskDeadline", new TaskDeadline());
        Mocks.register("remindAgency", (JavaDelegate) execution -> actions.add("remind " + execution.getCurrentActivityId()));
        Mocks.register("escalateToSupervisors", (JavaDelegate) execution -> actions.add("escalate " + execution.getCurrentActivityId()));
    }

    /** The one timer waiting at the activity, failing if there is none. */
    public static Job deadlineTimer(ProcessInstance instance, String activityId) {
        var job = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
        assertThat(job).as("timer at %s", activityId).isNotNull();
        return job;
    }

    /**
     * The agency task's modelled deadline timers, named after it ({@code Timer_<name>DeadlineNear} and so on): "Deadline
     * near" two days before its due date reminds the agency, "Deadline passed" at the due date escalates, and the task
     * stays open without timers, since neither interrupts it.
     */
    public static void assertRemindedThenEscalated(ProcessInstance instance, Task task, String name, List<String> deadlineActions) {
        var near = deadlineTimer(instance, "Timer_" + name + "DeadlineNear");
        var passed = deadlineTimer(instance, "Timer_" + name + "DeadlinePassed");
        assertThat(near.getDuedate()).isEqualTo(Date.from(task.getDueDate().toInstant().minus(Duration.ofDays(2))));
        assertThat(passed.getDuedate()).isEqualTo(task.getDueDate());

        execute(near);
        assertThat(deadlineActions).containsExactly("remind Task_Remind" + name);
        execute(passed);
        assertThat(deadlineActions).containsExactly("remind Task_Remind" + name, "escalate Task_Escalate" + name);

        BpmnAwareTests.assertThat(instance).isWaitingAtExactly(task.getTaskDefinitionKey())
                .hasPassed("EndEvent_" + name + "Reminded", "EndEvent_" + name + "Escalated");
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
    }

    /** The task's Camunda form is the one given, bound to the model's deployment. */
    public static void assertForm(Task task, String formId) {
        var withForm = taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo(formId);
        assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    }

    /** The notices this case sent through notify-agency, as agency, notice, caseRef and business key. */
    public static List<Map<String, Object>> noticesSent(ProcessInstance instance) {
        return historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).list().stream()
                .map(called -> {
                    Map<String, Object> notice = historyService().createHistoricVariableInstanceQuery()
                            .processInstanceId(called.getId()).variableNameIn("agency", "notice", "caseRef").list().stream()
                            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
                    notice.put("businessKey", called.getBusinessKey());
                    return notice;
                })
                .toList();
    }
}
