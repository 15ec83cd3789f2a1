package no.lifecase.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.CaseTypes;
import no.lifecase.casefile.OpenCases;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code lifecase.cases.open{life_event,status}}: the cases of each life event that are open ({@code status="open"})
 * or wait for the citizen ({@code "waiting"}) now, over all nodes, from the case table.
 */
@Component
class CaseGauges {

    static final String OPEN = "lifecase.cases.open";

    private final MeterRegistry registry;
    private final CaseTypes caseTypes;
    private final CachedReading<List<OpenCases>> openCases;
    private final Set<String> registered = new HashSet<>();

    CaseGauges(MeterRegistry registry, CaseService cases, CaseTypes caseTypes, MetricsProperties properties) {
        this.registry = registry;
        this.caseTypes = caseTypes;
        this.openCases = new CachedReading<>("the open cases", properties.gaugeMaxAge(), () -> {
            var reading = cases.openCases();
            reading.forEach(count -> register(count.lifeEvent()));   // a life event known to the database only
            return reading;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerEveryLifeEvent() {
        caseTypes.all().forEach(type -> register(type.id()));
    }

    private synchronized void register(String lifeEvent) {
        if (!registered.add(lifeEvent)) {
            return;
        }
        for (var status : List.of(CaseStatus.OPEN, CaseStatus.WAITING)) {
            Gauge.builder(OPEN, () -> count(lifeEvent, status))
                    .description("Cases not closed, over all nodes: open, or waiting for the citizen")
                    .tags("life_event", lifeEvent, "status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    private Double count(String lifeEvent, CaseStatus status) {
        var reading = openCases.get();
        if (reading == null) {
            return Double.NaN;
        }
        return (double) reading.stream().filter(count -> count.lifeEvent().equals(lifeEvent) && count.status() == status)
                .mapToLong(OpenCases::count).sum();
    }
}
