package no.lifecase.trigger;

import java.time.Instant;

/**
 * What one poll of one feed did.
 *
 * @param events          events on the page, including those handled before
 * @param handled         events that opened a case or delivered a message
 * @param skipped         events recorded as skipped
 * @param retryNotBefore  when the feed may be asked again, after a 429
 */
public record PollResult(Status status, int events, int handled, int skipped, Instant retryNotBefore) {

    public enum Status {
        /** The page was handled and the cursor moved past it. */
        PAGE_HANDLED,
        /** 304: nothing new; the cursor is as it was. */
        NOT_MODIFIED,
        /** 429 now: the feed waits for Retry-After. */
        THROTTLED,
        /** An earlier 429's Retry-After has not passed; the register was not asked. */
        WAITING,
        /** Another node (or thread) is polling this feed; this round is skipped. */
        LOCKED_ELSEWHERE,
        /** Another node recorded one of the events first; the page was rolled back and the next poll skips it. */
        CONFLICT,
        /** The page was rolled back; the next poll tries it again. */
        FAILED
    }

    static PollResult of(Status status) {
        return new PollResult(status, 0, 0, 0, null);
    }

    static PollResult waiting(Status status, Instant retryNotBefore) {
        return new PollResult(status, 0, 0, 0, retryNotBefore);
    }
}
