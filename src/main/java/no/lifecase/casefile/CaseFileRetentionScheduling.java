package no.lifecase.casefile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link CaseFileRetention} once a night: {@code lifecase.case-file.retention-cron} (02:30 server time unless
 * set, inside the engine's history cleanup window). Every node runs it; the row locks let them share the work.
 * Off with {@code lifecase.case-file.retention-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "lifecase.case-file", name = "retention-enabled", havingValue = "true", matchIfMissing = true)
class CaseFileRetentionScheduling implements SchedulingConfigurer {

    static final String DEFAULT_CRON = "0 30 2 * * *";

    private final CaseFileRetention retention;
    private final String cron;

    CaseFileRetentionScheduling(CaseFileRetention retention,
            @Value("${lifecase.case-file.retention-cron:" + DEFAULT_CRON + "}") String cron) {
        this.retention = retention;
        this.cron = cron;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(retention::deleteExpired, cron));
    }
}
