package no.lifecase.trigger;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a feed answered to one fetch: events and where to continue, or "nothing new" (304), or "come back later" (429).
 *
 * @param events       the events after the cursor, oldest first
 * @param nextPosition the position to continue from once these events are handled; {@code null} keeps the current one
 * @param etag         the page's ETag, sent back as {@code If-None-Match} next time; may be {@code null}
 * @param unchanged    the register answered 304 Not Modified: nothing new, the cursor stays as it is
 * @param retryAfter   the register answered 429: this feed is not asked again before this has passed
 * @param eventsAfter  how many events the register holds after this page, where it says (0 when the page reached its
 *                     end); {@code null} when it does not say. The feed's lag in events (docs/adr/0048).
 */
public record FeedPage(List<FeedEvent> events, String nextPosition, String etag, boolean unchanged,
                       Duration retryAfter, Long eventsAfter) {

    public FeedPage {
        events = List.copyOf(events);
        if (retryAfter != null && retryAfter.isNegative()) {
            retryAfter = Duration.ZERO;
        }
        if (eventsAfter != null && eventsAfter < 0) {
            eventsAfter = 0L;
        }
    }

    public static FeedPage of(List<FeedEvent> events, String nextPosition, String etag) {
        return new FeedPage(events, nextPosition, etag, false, null, null);
    }

    public static FeedPage notModified() {
        return new FeedPage(List.of(), null, null, true, null, 0L);
    }

    public static FeedPage retryAfter(Duration wait) {
        return new FeedPage(List.of(), null, null, false, Objects.requireNonNull(wait, "wait"), null);
    }

    /** This page, with how many events the register says it holds after it. */
    public FeedPage withEventsAfter(long count) {
        return new FeedPage(events, nextPosition, etag, unchanged, retryAfter, count);
    }

    public boolean isThrottled() {
        return retryAfter != null;
    }

    /** The register has nothing after this page, as far as this answer shows: the feed has caught up. */
    boolean reachesTheEnd() {
        return !isThrottled() && (events.isEmpty() || Long.valueOf(0).equals(eventsAfter));
    }
}
