package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the nightly deletion is scheduled, and when the application refuses to start. */
class CaseFileRetentionSchedulingTest {

    private final CaseFileRetention retention = mock(CaseFileRetention.class);
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(CaseFileRetention.class, () -> retention)
            .withUserConfiguration(CaseFileRetentionScheduling.class);

    @Test
    void it_is_scheduled_unless_turned_off() {
        context.run(running -> assertThat(running).hasSingleBean(CaseFileRetentionScheduling.class));
        context.withPropertyValues("lifecase.case-file.retention-enabled=false")
                .run(running -> assertThat(running).doesNotHaveBean(CaseFileRetentionScheduling.class));
    }

    @Test
    void it_runs_on_its_cron_on_a_thread_of_its_own() {
        var thread = new AtomicReference<String>();
        when(retention.deleteExpired()).thenAnswer(call -> {
            thread.set(Thread.currentThread().getName());
            return new CaseFileRetention.Outcome(0, 0, 0);
        });
        context.withPropertyValues("lifecase.case-file.retention-cron=* * * * * *").run(running -> {
            await().atMost(Duration.ofSeconds(3)).untilAtomic(thread, notNullValue());
            assertThat(thread.get()).startsWith("case-file-retention-");
        });
    }

    @Test
    void a_malformed_cron_stops_the_start_instead_of_the_first_night() {
        context.withPropertyValues("lifecase.case-file.retention-cron=every night")
                .run(running -> assertThat(running).hasFailed());
    }
}
