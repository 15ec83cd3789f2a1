package no.lifecase.caseworker;

import java.time.Clock;
import java.util.List;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseTimeline;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Runs after a deadline timer of an agency task fired (ADR 0025): finds the task the timer is attached to
 * (the boundary event before this service task, and its {@code attachedToRef}) and acts on it. The timeline
 * entry is written here, with the task's name, its agency and its due date; the path's own elements stay off
 * the timeline ({@link no.lifecase.casefile.DeadlinePath}).
 */
abstract class DeadlineDelegate implements JavaDelegate {

    protected final AgencyCatalogue agencies;
    protected final TaskAuditRepository audit;
    protected final CaseTimeline timeline;
    protected final Clock clock;

    DeadlineDelegate(AgencyCatalogue agencies, TaskAuditRepository audit, CaseTimeline timeline, Clock clock) {
        this.agencies = agencies;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseRef = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
                : execution.getVariable(CaseService.CASE_REF) instanceof String variable ? variable : null;
        for (var task : attachedTasks(execution)) {
            // A task for a group outside the catalogue (e.g. a model under test) has nobody to remind or escalate to.
            agencies.agencyOf(task).ifPresent(agency -> act(task, agency, caseRef));
        }
    }

    protected abstract void act(TaskEntity task, Agency agency, String caseRef);

    protected TaskAuditEntry entry(TaskEntity task, TaskAuditEntry.Action action, Agency agency, String caseRef) {
        return new TaskAuditEntry(clock.instant(), action, TaskAuditEntry.ENGINE, task.getAssignee(), agency.id(), caseRef,
                task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(), null);
    }

    /** The open tasks of the user task whose boundary timer led here. */
    static List<TaskEntity> attachedTasks(DelegateExecution execution) {
        var node = (FlowNode) execution.getBpmnModelElementInstance();
        var userTaskId = node.getIncoming().stream()
                .map(flow -> flow.getSource())
                .filter(BoundaryEvent.class::isInstance)
                .map(boundary -> ((BoundaryEvent) boundary).getAttachedTo().getId())
                .findFirst()
                .orElseThrow(() -> new ProcessEngineException(node.getId() + " must follow a deadline timer attached to a user task."));
        return Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId()).stream()
                .filter(task -> userTaskId.equals(task.getTaskDefinitionKey()))
                .toList();
    }
}
