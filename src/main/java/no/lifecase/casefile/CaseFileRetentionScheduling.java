package no.lifecase.casefile;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs {@link CaseFileRetention} once a night: {@code lifecase.case-file.retention-cron} (02:30 server time unless
 * set, inside the engine's history cleanup window). Every node runs it; the row locks let them share the work.
 * Off with {@code lifecase.case-file.retention-enabled=false}. It has a thread of its own: the application's scheduler
 * has one thread, and the feeds must not wait while a large backlog of expired cases is deleted.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "lifecase.case-file", name = "retention-enabled", havingValue = "true", matchIfMissing = true)
class CaseFileRetentionScheduling implements SchedulingConfigurer, DisposableBean {

    static final String DEFAULT_CRON = "0 30 2 * * *";

    private final CaseFileRetention retention;
    private final CronTrigger nightly;
    private final ObservationRegistry observations;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    CaseFileRetentionScheduling(CaseFileRetention retention,
            @Value("${lifecase.case-file.retention-cron:" + DEFAULT_CRON + "}") String cron,
            ObjectProvider<ObservationRegistry> observations) {
        this.retention = retention;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.nightly = new CronTrigger(cron);   // a malformed cron stops the start, not the first night
        scheduler.setThreadNamePrefix("case-file-retention-");
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        scheduler.initialize();
        // The night's run is an observation of its own: a trace id on every line it logs (docs/adr/0048).
        scheduler.schedule(() -> Observation.createNotStarted("lifecase.case-file.retention", observations)
                .observe(retention::deleteExpired), nightly);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
