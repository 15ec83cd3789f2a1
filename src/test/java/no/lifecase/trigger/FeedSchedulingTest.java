package no.lifecase.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;

class FeedSchedulingTest {

    private final FeedPoller poller = new FeedPoller(
            List.of(new ScriptedFeed("folkeregisteret", RegisterFeed.FOLKEREGISTERET),
                    new ScriptedFeed("domstol", RegisterFeed.DOMSTOL),
                    new ScriptedFeed("enhetsregisteret", RegisterFeed.ENHETSREGISTERET)),
            mock(FeedRound.class), mock(FeedStateRepository.class), mock(PlatformTransactionManager.class), mock(FeedMetrics.class), Clock.systemUTC());

    @Test
    void each_feed_polls_at_its_own_interval_else_the_common_one_else_every_ten_seconds_and_held_events_every_minute() {
        assertThat(intervals(new MockEnvironment()))
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMinutes(1));

        var environment = new MockEnvironment()
                .withProperty("lifecase.feeds.poll-interval", "30s")
                .withProperty("lifecase.feeds.domstol.poll-interval", "5m")
                .withProperty("lifecase.feeds.held-events-interval", "2m");

        assertThat(intervals(environment))
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    @Test
    void two_sources_with_one_feed_name_are_refused_since_they_would_share_a_cursor() {
        var twins = List.<FeedSource>of(new ScriptedFeed("folkeregisteret", RegisterFeed.FOLKEREGISTERET),
                new ScriptedFeed("folkeregisteret", RegisterFeed.FOLKEREGISTERET));

        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> new FeedPoller(twins, mock(FeedRound.class), mock(FeedStateRepository.class),
                        mock(PlatformTransactionManager.class), mock(FeedMetrics.class), Clock.systemUTC()))
                .withMessageContaining("share a cursor");
    }

    private List<Duration> intervals(MockEnvironment environment) {
        var registrar = new ScheduledTaskRegistrar();
        new FeedScheduling(poller, mock(HeldRegisterEvents.class), environment, ObservationRegistry.NOOP).configureTasks(registrar);
        return registrar.getFixedDelayTaskList().stream().map(IntervalTask::getIntervalDuration).toList();
    }
}
