package no.lifecase.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's work, over all nodes, through its public query API:
 * <ul>
 *   <li>{@code lifecase.jobs.waiting}: jobs due now with retries left, waiting for (or in) a job executor;</li>
 *   <li>{@code lifecase.jobs.retrying}: jobs that failed and will be tried again (a register away, as a rule);</li>
 *   <li>{@code lifecase.jobs.failed}: jobs with no retries left, each with an incident;</li>
 *   <li>{@code lifecase.incidents.open{process}}: open incidents per process (life events and shared processes).</li>
 * </ul>
 */
@Component
class EngineGauges {

    static final String JOBS_WAITING = "lifecase.jobs.waiting";
    static final String JOBS_RETRYING = "lifecase.jobs.retrying";
    static final String JOBS_FAILED = "lifecase.jobs.failed";
    static final String INCIDENTS = "lifecase.incidents.open";

    private record Jobs(long waiting, long retrying, long failed) {
    }

    private final MeterRegistry registry;
    private final CachedReading<Jobs> jobs;
    private final CachedReading<Map<String, Long>> incidents;
    private final Set<String> processes = new HashSet<>();

    EngineGauges(MeterRegistry registry, ManagementService management, RuntimeService runtime, RepositoryService repository,
                 MetricsProperties properties) {
        this.registry = registry;
        this.jobs = new CachedReading<>("the engine's jobs", properties.gaugeMaxAge(), () -> new Jobs(
                management.createJobQuery().executable().count(),
                management.createJobQuery().withException().withRetriesLeft().count(),
                management.createJobQuery().noRetriesLeft().count()));
        this.incidents = new CachedReading<>("the engine's incidents", properties.gaugeMaxAge(), () -> {
            var byProcess = new TreeMap<String, Long>();
            for (var key : repository.createProcessDefinitionQuery().latestVersion().list().stream()
                    .map(ProcessDefinition::getKey).distinct().toList()) {
                byProcess.put(key, runtime.createIncidentQuery().processDefinitionKeyIn(key).count());
            }
            byProcess.keySet().forEach(this::registerIncidents);
            return byProcess;
        });
        jobGauge(JOBS_WAITING, "Jobs due now with retries left, over all nodes", Jobs::waiting);
        jobGauge(JOBS_RETRYING, "Jobs that failed and will be tried again, over all nodes", Jobs::retrying);
        jobGauge(JOBS_FAILED, "Jobs with no retries left (each has an incident), over all nodes", Jobs::failed);
    }

    /** Every deployed process has its gauge from the start; one deployed later has it from the next reading on. */
    @EventListener(ApplicationReadyEvent.class)
    void registerEveryProcess() {
        incidents.get();
    }

    private void jobGauge(String name, String description, ToLongFunction<Jobs> count) {
        Gauge.builder(name, () -> {
            var reading = jobs.get();
            return reading == null ? Double.NaN : count.applyAsLong(reading);
        }).description(description).register(registry);
    }

    private synchronized void registerIncidents(String process) {
        if (!processes.add(process)) {
            return;
        }
        Gauge.builder(INCIDENTS, () -> {
            var reading = incidents.get();
            return reading == null ? Double.NaN : reading.getOrDefault(process, 0L);
        }).description("Open incidents of the process's instances, over all nodes").tag("process", process).register(registry);
    }
}
