package no.lifecase.casefile;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code lifecase.cases.opened{life_event}} and {@code lifecase.cases.closed{life_event}}: cases this node opened
 * (a reopened case too) and closed, counted once the transaction has committed, so a rolled-back opening is not
 * counted. Every life event's counters exist from the start, at 0, so a rate over them is never "no data". The cases
 * open now, across all nodes, are a gauge read from the database (docs/adr/0048-operators-see-lifecase.md).
 */
@Component
class CaseMetrics {

    static final String OPENED = "lifecase.cases.opened";
    static final String CLOSED = "lifecase.cases.closed";
    static final String LIFE_EVENT = "life_event";

    private final MeterRegistry registry;
    private final ObjectProvider<CaseTypes> caseTypes;

    CaseMetrics(MeterRegistry registry, ObjectProvider<CaseTypes> caseTypes) {
        this.registry = registry;
        this.caseTypes = caseTypes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerEveryLifeEvent() {
        caseTypes.ifAvailable(types -> types.all().forEach(type -> {
            opened(type.id());
            closed(type.id());
        }));
    }

    void countOpened(String lifeEvent) {
        afterCommit(opened(lifeEvent));
    }

    void countClosed(String lifeEvent) {
        afterCommit(closed(lifeEvent));
    }

    private Counter opened(String lifeEvent) {
        return Counter.builder(OPENED).description("Cases opened (or reopened) on this node")
                .tag(LIFE_EVENT, lifeEvent).register(registry);
    }

    private Counter closed(String lifeEvent) {
        return Counter.builder(CLOSED).description("Cases closed or stopped on this node")
                .tag(LIFE_EVENT, lifeEvent).register(registry);
    }

    private static void afterCommit(Counter counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
