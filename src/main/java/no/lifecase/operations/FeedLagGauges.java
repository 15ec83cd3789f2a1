package no.lifecase.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.ToDoubleFunction;
import no.lifecase.trigger.FeedLag;
import no.lifecase.trigger.FeedPoller;
import org.springframework.stereotype.Component;

/**
 * {@code lifecase.feed.lag.events{feed}} and {@code lifecase.feed.lag.seconds{feed}}: how far each register feed is
 * behind its register, over all nodes, from the feeds' cursors ({@link FeedLag}). No value while it is not known: the
 * events when the register does not say how many follow, the seconds before the feed has once caught up.
 */
@Component
class FeedLagGauges {

    static final String EVENTS = "lifecase.feed.lag.events";
    static final String SECONDS = "lifecase.feed.lag.seconds";

    private final CachedReading<List<FeedLag>> lags;

    FeedLagGauges(MeterRegistry registry, FeedPoller feeds, MetricsProperties properties, Clock clock) {
        this.lags = new CachedReading<>("the feeds' lag", properties.gaugeMaxAge(), feeds::lags);
        for (var feed : feeds.feedNames()) {
            Gauge.builder(EVENTS, () -> lagOf(feed, lag -> lag.eventsBehind() == null ? Double.NaN : lag.eventsBehind()))
                    .description("Events the register holds that the feed has not read yet, as the register last said")
                    .tag("feed", feed).register(registry);
            Gauge.builder(SECONDS, () -> lagOf(feed, lag -> lag.secondsBehind(clock.instant()).orElse(Double.NaN)))
                    .description("Seconds since a poll of the feed last found nothing more to read")
                    .baseUnit("seconds").tag("feed", feed).register(registry);
        }
    }

    private Double lagOf(String feed, ToDoubleFunction<FeedLag> measure) {
        var reading = lags.get();
        if (reading == null) {
            return Double.NaN;
        }
        return reading.stream().filter(lag -> lag.feed().equals(feed)).findFirst().map(measure::applyAsDouble).orElse(Double.NaN);
    }
}
