package no.lifecase.trigger;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code lifecase.feed.events.handled{feed,outcome}} and {@code lifecase.feed.events.skipped{feed,reason}}, counted
 * on this node once the page's transaction has committed (the totals of all nodes are in {@code event_feed_cursor}),
 * and {@code lifecase.feed.polls{feed,result}}: a feed whose polls keep failing is stuck on one page.
 */
@Component
class FeedMetrics {

    private final MeterRegistry registry;

    FeedMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String feedName, EventOutcome outcome) {
        if (outcome.isSkipped()) {
            skipped(feedName, outcome.skipReason());
        } else {
            registry.counter("lifecase.feed.events.handled", "feed", feedName,
                    "outcome", outcome.kind().name().toLowerCase(Locale.ROOT)).increment();
        }
    }

    void polled(String feedName, PollResult.Status result) {
        registry.counter("lifecase.feed.polls", "feed", feedName, "result", result.name().toLowerCase(Locale.ROOT)).increment();
    }

    void skipped(String feedName, SkipReason reason) {
        registry.counter("lifecase.feed.events.skipped", "feed", feedName, "reason", reason.text()).increment();
    }
}
