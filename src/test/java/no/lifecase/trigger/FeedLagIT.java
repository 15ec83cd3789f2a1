package no.lifecase.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How far a feed is behind its register, as every node reads it from the cursor (docs/adr/0048): in events, as the
 * register says after each page, and in time, since a poll last found nothing more. The feeds are this class's own
 * scripted ones, with events no life event takes, so no case is opened.
 */
@LifecaseIT
class FeedLagIT {

    private static final Random RANDOM = new Random();

    @Autowired
    private FeedRound round;
    @Autowired
    private FeedStateRepository states;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private FeedMetrics metrics;
    @Autowired
    private Clock clock;

    private final ScriptedFeed paged = scriptedFeed("it-lag-paged");
    private final ScriptedFeed silent = scriptedFeed("it-lag-silent");
    private FeedPoller poller;

    @BeforeEach
    void poller() {
        poller = new FeedPoller(List.of(paged, silent), round, states, transactions, metrics, clock);
    }

    @Test
    void a_feed_is_as_many_events_behind_as_the_register_says_until_a_poll_reaches_its_end() {
        paged.pagesOf(2);
        for (int i = 0; i < 5; i++) {
            paged.publish("ukjentHendelse", null, Map.of());
        }
        assertThat(lagOf(paged)).as("never polled").isEqualTo(new FeedLag(paged.feedName(), null, null));

        poller.poll(paged.feedName());
        assertThat(lagOf(paged)).extracting(FeedLag::eventsBehind, FeedLag::caughtUpAt).containsExactly(3L, null);

        poller.poll(paged.feedName());
        assertThat(lagOf(paged).eventsBehind()).isEqualTo(1L);

        var beforeTheEnd = clock.instant();
        poller.poll(paged.feedName());
        var caughtUp = lagOf(paged);
        assertThat(caughtUp.eventsBehind()).isZero();
        assertThat(caughtUp.caughtUpAt()).isAfterOrEqualTo(beforeTheEnd.truncatedTo(ChronoUnit.MICROS));
        assertThat(caughtUp.secondsBehind(clock.instant()).orElseThrow()).isBetween(0.0, 5.0);
    }

    @Test
    void a_register_that_does_not_say_how_many_follow_is_caught_up_when_a_poll_finds_nothing_new() {
        silent.publish("ukjentHendelse", null, Map.of());

        poller.poll(silent.feedName());
        assertThat(lagOf(silent)).as("a page with events, and no word of what follows")
                .extracting(FeedLag::eventsBehind, FeedLag::caughtUpAt).containsExactly(null, null);

        var unchanged = poller.poll(silent.feedName());
        assertThat(unchanged.status()).isEqualTo(PollResult.Status.NOT_MODIFIED);
        assertThat(lagOf(silent).eventsBehind()).isZero();
        var caughtUpAt = lagOf(silent).caughtUpAt();
        assertThat(caughtUpAt).isNotNull();

        silent.throttleNext(Duration.ofMinutes(1));
        poller.poll(silent.feedName());
        assertThat(lagOf(silent).caughtUpAt()).as("a register that asks us to wait tells nothing new").isEqualTo(caughtUpAt);
    }

    private FeedLag lagOf(ScriptedFeed feed) {
        return poller.lags().stream().filter(lag -> lag.feed().equals(feed.feedName())).findFirst().orElseThrow();
    }

    /** A feed no cursor in the database has seen yet, even when a test runs again against the same database. */
    private static ScriptedFeed scriptedFeed(String name) {
        return new ScriptedFeed(name + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36), RegisterFeed.FOLKEREGISTERET);
    }
}
