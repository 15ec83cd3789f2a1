package no.lifecase.register;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Instant;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link RegisterRecovery} every {@code lifecase.register-circuit.recovery-interval} on every node, on a thread
 * of its own: handing back a large outage's jobs must not hold up the feeds on the application's one scheduler thread.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegisterRecoveryScheduling implements SchedulingConfigurer, DisposableBean {

    private final RegisterRecovery recovery;
    private final RegisterCircuitProperties properties;
    private final ObservationRegistry observations;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    RegisterRecoveryScheduling(RegisterRecovery recovery, RegisterCircuitProperties properties, ObservationRegistry observations) {
        this.recovery = recovery;
        this.properties = properties;
        this.observations = observations;
        scheduler.setThreadNamePrefix("register-recovery-");
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        scheduler.initialize();
        var interval = properties.recoveryInterval();
        // Each round an observation of its own: a trace id on every line it logs (docs/adr/0048).
        Runnable round = () -> Observation.createNotStarted("lifecase.register.recovery", observations).observe(recovery::recover);
        scheduler.scheduleWithFixedDelay(round, Instant.now().plus(interval), interval);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
