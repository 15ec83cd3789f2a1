package no.lifecase.trigger;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * How far one feed is behind its register, over all nodes (the cursor's row): in events, as the register last said,
 * and in time, since a poll last found nothing after what it handled. A healthy feed is at most one poll interval
 * behind; a register that stops answering, or a page that keeps failing, shows as time that keeps growing.
 *
 * @param eventsBehind null when the register does not say, or the feed has never been polled
 * @param caughtUpAt   null until the feed has once reached the register's end
 */
public record FeedLag(String feed, Long eventsBehind, Instant caughtUpAt) {

    /** Seconds since the feed last caught up; empty until it has once. */
    public OptionalDouble secondsBehind(Instant now) {
        if (caughtUpAt == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, Duration.between(caughtUpAt, now).toMillis() / 1000.0));
    }
}
