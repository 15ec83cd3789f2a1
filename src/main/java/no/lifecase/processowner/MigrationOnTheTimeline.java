package no.lifecase.processowner;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.CaseTimelineEntry;
import no.lifecase.casefile.TimelineKind;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the case's timeline, in the same transaction as the engine's migration of its process instance, that the
 * case now follows a new version of its process (ADR 0031). A dry run is rolled back, so it leaves no entry.
 */
@Component
class MigrationOnTheTimeline extends AbstractProcessEnginePlugin {

    private final CaseTimeline timeline;

    MigrationOnTheTimeline(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var handlers = new ArrayList<HistoryEventHandler>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    static String text(String processName, Integer version) {
        return "The case now follows an updated plan: version " + version + " of " + processName;
    }

    private class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricProcessInstanceEventEntity instance) || !event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_MIGRATE)) {
                return;
            }
            boolean root = instance.getRootProcessInstanceId() == null || instance.getRootProcessInstanceId().equals(instance.getProcessInstanceId());
            if (!root || instance.getBusinessKey() == null) {
                return;
            }
            var definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(instance.getProcessDefinitionId());
            String name = definition.getName() != null ? definition.getName() : definition.getKey();
            timeline.record(instance.getBusinessKey(), TimelineKind.EVENT, text(name, definition.getVersion()), null,
                    CaseTimelineEntry.SOURCE_PROCESS, null);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
