package no.lifecase.trigger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@code lifecase.feed.events.handled{feed,outcome}} and {@code lifecase.feed.events.skipped{feed,reason}}, counted
 * on this node once the page's transaction has committed (the totals of all nodes are in {@code event_feed_cursor}),
 * and {@code lifecase.feed.polls{feed,result}}: a feed whose polls keep failing is stuck on one page. Each poll is an
 * observation, {@code lifecase.feed.poll{feed}}: its duration, and a trace id of its own on every line it logs
 * (docs/adr/0048-operators-see-lifecase.md). The feeds' lag is read from the cursors, by the operator's gauges.
 */
@Component
class FeedMetrics {

    static final String POLL = "lifecase.feed.poll";
    static final String POLLS = "lifecase.feed.polls";
    static final String EVENTS_HANDLED = "lifecase.feed.events.handled";

    private final MeterRegistry registry;
    private final ObservationRegistry observations;

    FeedMetrics(MeterRegistry registry, ObservationRegistry observations) {
        this.registry = registry;
        this.observations = observations;
    }

    /**
     * The feed's poll results and handled events at 0 from the start: to Prometheus a counter that first appears at 1
     * has not grown, so the first failed poll or handled event would never show in a rate, and no series reads as
     * no data rather than none failed.
     */
    void startAtZero(String feedName) {
        for (var result : PollResult.Status.values()) {
            registry.counter(POLLS, "feed", feedName, "result", result.name().toLowerCase(Locale.ROOT));
        }
        for (var kind : EventOutcome.Kind.values()) {
            if (kind != EventOutcome.Kind.SKIPPED) {
                registry.counter(EVENTS_HANDLED, "feed", feedName, "outcome", kind.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    PollResult observePoll(String feedName, Supplier<PollResult> poll) {
        return Observation.createNotStarted(POLL, observations).lowCardinalityKeyValue("feed", feedName).observe(poll);
    }

    void count(String feedName, EventOutcome outcome) {
        if (outcome.isSkipped()) {
            skipped(feedName, outcome.skipReason());
        } else {
            registry.counter(EVENTS_HANDLED, "feed", feedName,
                    "outcome", outcome.kind().name().toLowerCase(Locale.ROOT)).increment();
        }
    }

    void polled(String feedName, PollResult.Status result) {
        registry.counter(POLLS, "feed", feedName, "result", result.name().toLowerCase(Locale.ROOT)).increment();
    }

    void skipped(String feedName, SkipReason reason) {
        registry.counter("lifecase.feed.events.skipped", "feed", feedName, "reason", reason.text()).increment();
    }
}
