package no.lifecase.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** The cursor of a feed is looked for once, not on every poll: each look was a transaction of its own. */
class FeedPollerTest {

    @Test
    void a_feed_polled_again_and_again_looks_for_its_cursor_once() {
        var feed = mock(FeedSource.class);
        when(feed.feedName()).thenReturn("folkeregisteret");
        var round = mock(FeedRound.class);
        when(round.run(feed)).thenReturn(PollResult.of(PollResult.Status.PAGE_HANDLED));
        var states = mock(FeedStateRepository.class);
        var transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        var poller = new FeedPoller(List.of(feed), round, states, transactions,
                new FeedMetrics(new SimpleMeterRegistry(), ObservationRegistry.NOOP), Clock.systemUTC());

        for (int poll = 0; poll < 3; poll++) {
            assertThat(poller.poll("folkeregisteret").status()).isEqualTo(PollResult.Status.PAGE_HANDLED);
        }

        verify(states, times(1)).existsById("folkeregisteret");
        verify(states, times(1)).save(any(FeedState.class));
        verify(transactions, times(1)).commit(any());
        verify(round, times(3)).run(feed);
    }
}
