package no.lifecase.caseworker;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import no.lifecase.casefile.HistoryEventListener;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells {@link WorklistEntries} which tasks a transaction changed, from the history events the engine writes anyway: a
 * task made, taken, changed, done or deleted, a group offered it or no longer, a process instance suspended or
 * activated. Just before the transaction commits, their rows are copied anew in it; a transaction that rolls back
 * leaves them as they were (docs/adr/0071).
 */
@Component
class WorklistEntryEvents extends HistoryEventListener {

    /** What one transaction changed. */
    private record Changed(SortedSet<String> tasks, SortedSet<String> processInstances) {
    }

    // Looked up at commit: the entries read the engine's table names, and this plugin is made before the engine.
    private final ObjectProvider<WorklistEntries> entries;

    WorklistEntryEvents(ObjectProvider<WorklistEntries> entries) {
        this.entries = entries;
    }

    @Override
    protected void heard(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task && task.getTaskId() != null) {
            changed().ifPresent(changed -> changed.tasks().add(task.getTaskId()));
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            changed().ifPresent(changed -> changed.tasks().add(link.getTaskId()));
        } else if (event instanceof HistoricProcessInstanceEventEntity instance
                && HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(instance.getEventType())) {
            changed().ifPresent(changed -> changed.processInstances().add(instance.getProcessInstanceId()));
        }
    }

    /** This transaction's changes; none outside a transaction, where nothing is written either. */
    private Optional<Changed> changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        var changed = (Changed) TransactionSynchronizationManager.getResource(this);
        if (changed == null) {
            changed = new Changed(new TreeSet<>(), new TreeSet<>());
            TransactionSynchronizationManager.bindResource(this, changed);
            TransactionSynchronizationManager.registerSynchronization(new BeforeCommit(changed));
        }
        return Optional.of(changed);
    }

    private final class BeforeCommit implements TransactionSynchronization {

        private final Changed changed;

        BeforeCommit(Changed changed) {
            this.changed = changed;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            TransactionSynchronizationManager.unbindResource(WorklistEntryEvents.this);
            entries.getObject().copyAnew(changed.tasks(), changed.processInstances());
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WorklistEntryEvents.this);
        }
    }
}
