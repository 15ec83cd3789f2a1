package no.lifecase.casefile;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Tells {@link CasePageChanges} which cases' plans and tasks an engine transaction moved, from the history events the
 * engine writes anyway: a step begun or ended, a task created, taken or done, a variable set, a process ended. The
 * engine's own history handler still writes every event; this one only listens beside it (docs/adr/0069).
 */
@Component
class CasePageHistoryEvents extends HistoryEventListener {

    private final CasePageChanges changes;

    CasePageHistoryEvents(CasePageChanges changes) {
        this.changes = changes;
    }

    @Override
    protected void heard(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity processInstance) {
            moved(processInstance.getBusinessKey());
        } else if (event instanceof HistoricActivityInstanceEventEntity || event instanceof HistoricTaskInstanceEventEntity
                || event instanceof HistoricVariableUpdateEventEntity) {
            moved(businessKeyOf(event.getProcessInstanceId()));
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            var task = Context.getCommandContext().getTaskManager().findTaskById(link.getTaskId());
            moved(task == null ? null : businessKeyOf(task.getProcessInstanceId()));
        }
    }

    private void moved(String businessKey) {
        if (CaseReference.isValid(businessKey)) {
            changes.planMoved(businessKey);
        }
    }

    /** The process instance is in the command's cache whenever one of its events is written, so this is no query. */
    private static String businessKeyOf(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        var commandContext = Context.getCommandContext();
        var instance = commandContext.getDbEntityManager().getCachedEntity(ExecutionEntity.class, processInstanceId);
        if (instance == null) {
            instance = commandContext.getExecutionManager().findExecutionById(processInstanceId);
        }
        return instance == null ? null : instance.getBusinessKey();
    }
}
