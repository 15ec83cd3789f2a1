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
 */
public record FeedPage(List<FeedEvent> events, String nextPosition, String etag, boolean unchanged,
                       Duration retryAfter) {

    public FeedPage {
        events = List.copyOf(events);
        if (retryAfter != null && retryAfter.isNegative()) {
            retryAfter = Duration.ZERO;
        }
    }

    public static FeedPage of(List<FeedEvent> events, String nextPosition, String etag) {
        return new FeedPage(events, nextPosition, etag, false, null);
    }

    public static FeedPage notModified() {
        return new FeedPage(List.of(), null, null, true, null);
    }

    public static FeedPage retryAfter(Duration wait) {
        return new FeedPage(List.of(), null, null, false, Objects.requireNonNull(wait, "wait"));
    }

    public boolean isThrottled() {
        return retryAfter != null;
    }
}
