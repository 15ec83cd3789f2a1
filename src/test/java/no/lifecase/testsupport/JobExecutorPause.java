package no.lifecase.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The engine's job executor stopped until {@link #close()}, with the jobs it had already taken finished. For a test
 * that changes what every job would see, the engine's clock or a register's fault, while the jobs other tests left
 * behind (and its own) would run meanwhile: they run after the change is undone instead (ADR 0039).
 *
 * <pre>{@code
 * try (var paused = JobExecutorPause.of(engine)) {
 *     ClockUtil.setCurrentTime(later);
 *     ...
 * } finally { ClockUtil.reset(); }
 * }</pre>
 */
public final class JobExecutorPause implements AutoCloseable {

    private final JobExecutor jobExecutor;

    private JobExecutorPause(JobExecutor jobExecutor) {
        this.jobExecutor = jobExecutor;
    }

    public static JobExecutorPause of(ProcessEngine engine) {
        var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        jobExecutor.shutdown();
        // Shutting down stops the acquisition only; the jobs already handed to the threads still run.
        if (jobExecutor instanceof SpringJobExecutor spring && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads) {
            await().atMost(Duration.ofSeconds(60)).until(() -> threads.getActiveCount() == 0 && threads.getQueueSize() == 0);
        }
        return new JobExecutorPause(jobExecutor);
    }

    @Override
    public void close() {
        jobExecutor.start();
    }
}
