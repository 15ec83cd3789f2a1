package no.lifecase.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import no.lifecase.agency.AgencyCatalogue;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code lifecase.tasks.open{agency}} and {@code lifecase.tasks.overdue{agency}}: each agency's backlog, the open
 * tasks whose candidate group it is (claimed or not), and those past their due date by the engine's clock, over all
 * nodes. The backlog is one grouped query (the engine's task report); the overdue ones are counted per agency only
 * when any task is overdue at all. Every agency of the catalogue has its gauges from the start, at 0; another candidate
 * group (a supervisors' group after an escalation) has them from the first reading that finds a task of it.
 */
@Component
class TaskGauges {

    static final String OPEN = "lifecase.tasks.open";
    static final String OVERDUE = "lifecase.tasks.overdue";

    private record Backlog(long open, long overdue) {
    }

    private final MeterRegistry registry;
    private final AgencyCatalogue catalogue;
    private final CachedReading<Map<String, Backlog>> backlog;
    private final Set<String> agencies = new HashSet<>();

    TaskGauges(MeterRegistry registry, TaskService tasks, AgencyCatalogue catalogue, MetricsProperties properties) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.backlog = new CachedReading<>("the agencies' tasks", properties.gaugeMaxAge(), () -> {
            var now = ClockUtil.getCurrentTime();
            boolean anyOverdue = tasks.createTaskQuery().dueBefore(now).count() > 0;
            var byAgency = new TreeMap<String, Backlog>();
            for (var group : tasks.createTaskReport().taskCountByCandidateGroup()) {
                if (group.getGroupName() == null) {
                    continue;   // tasks offered to no group: a citizen's, or a user's own
                }
                long overdue = anyOverdue ? tasks.createTaskQuery().taskCandidateGroup(group.getGroupName())
                        .includeAssignedTasks().dueBefore(now).count() : 0;
                byAgency.put(group.getGroupName(), new Backlog(group.getTaskCount(), overdue));
            }
            byAgency.keySet().forEach(this::register);
            return byAgency;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerEveryAgency() {
        catalogue.all().forEach(agency -> register(agency.id()));
        backlog.get();
    }

    private synchronized void register(String agency) {
        if (!agencies.add(agency)) {
            return;
        }
        gauge(OPEN, "Open tasks whose candidate group is the agency, claimed or not, over all nodes", agency, Backlog::open);
        gauge(OVERDUE, "The agency's open tasks past their due date, over all nodes", agency, Backlog::overdue);
    }

    private void gauge(String name, String description, String agency, ToLongFunction<Backlog> count) {
        Gauge.builder(name, () -> {
            var reading = backlog.get();
            if (reading == null) {
                return Double.NaN;
            }
            var of = reading.get(agency);
            return of == null ? 0 : count.applyAsLong(of);
        }).description(description).tag("agency", agency).register(registry);
    }
}
