package no.lifecase.casefile;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * An engine plugin that hears every history event the engine writes, beside the engine's own handler, which still
 * writes them all. Lifecase's read models learn from it what a transaction changed (docs/adr/0069, 0071).
 */
public abstract class HistoryEventListener extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<HistoryEventHandler>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // A handler of its own, not this bean: the engine's starter adds the one HistoryEventHandler bean there is, so a
        // bean that is one would hear each event twice, or, with two of them, stop the application from starting.
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                heard(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(HistoryEventListener.this::heard);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** One history event, in the transaction that writes it. */
    protected abstract void heard(HistoryEvent event);
}
