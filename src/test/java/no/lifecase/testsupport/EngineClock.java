package no.lifecase.testsupport;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, set to times of the test's choosing for the whole JVM until {@link #close()} gives it back
 * the real time. The job executor is paused meanwhile: at a moved clock it would run the timers of every case in
 * the database, other tests' too, and lock jobs until a time that never comes once the clock is back (ADR 0039).
 *
 * <pre>{@code
 * try (var clock = EngineClock.of(engine)) {
 *     clock.setTo(due.minus(Duration.ofDays(1)));
 *     management.executeJob(reminder.getId());
 *     clock.setTo(due.plus(Duration.ofMinutes(1)));
 *     management.executeJob(escalation.getId());
 * }
 * }</pre>
 */
public final class EngineClock implements AutoCloseable {

    private final JobExecutorPause jobs;

    private EngineClock(JobExecutorPause jobs) {
        this.jobs = jobs;
    }

    /** Pauses the job executor; the clock still tells the real time until {@link #setTo}. */
    public static EngineClock of(ProcessEngine engine) {
        return new EngineClock(JobExecutorPause.of(engine));
    }

    public void setTo(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    /** The real time again, and then the job executor. */
    @Override
    public void close() {
        try {
            ClockUtil.reset();
        } finally {
            jobs.close();
        }
    }
}
