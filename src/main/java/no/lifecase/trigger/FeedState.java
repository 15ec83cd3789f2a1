package no.lifecase.trigger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far one feed has been read, whether the register asked us to wait, and what the feed has done so far. */
@Entity
@Table(name = "event_feed_cursor")
class FeedState {

    @Id
    private String feedName;

    private String position;

    private String etag;

    /** Set from a 429's Retry-After; in the database, so every node waits. */
    private Instant retryNotBefore;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private long eventsHandled;

    @Column(nullable = false)
    private long eventsSkipped;

    /** When a poll last found nothing after what it handled; null until the feed has once reached the register's end. */
    private Instant caughtUpAt;

    /** How many events the register said it holds after the last page; null when it did not say. */
    private Long eventsBehind;

    protected FeedState() {
        // for JPA
    }

    FeedState(String feedName, Instant now) {
        this.feedName = feedName;
        this.updatedAt = now;
    }

    FeedCursor cursor() {
        return new FeedCursor(position, etag);
    }

    boolean mustWait(Instant now) {
        return retryNotBefore != null && now.isBefore(retryNotBefore);
    }

    void retryNotBefore(Instant time, Instant now) {
        this.retryNotBefore = time;
        this.updatedAt = now;
    }

    void counted(EventOutcome outcome) {
        if (outcome.isSkipped()) {
            eventsSkipped++;
        } else {
            eventsHandled++;
        }
    }

    /**
     * What the page says of the feed's lag: at its end, the feed has caught up now; otherwise it is as many events
     * behind as the register says, and still as far behind in time as when it last caught up.
     */
    void lagAfter(FeedPage page, Instant now) {
        if (page.reachesTheEnd()) {
            this.caughtUpAt = now;
            this.eventsBehind = 0L;
        } else {
            this.eventsBehind = page.eventsAfter();
        }
    }

    /** The page is handled: continue after it. */
    void advancedPast(FeedPage page, Instant now) {
        if (page.nextPosition() != null) {
            this.position = page.nextPosition();
        }
        this.etag = page.etag();
        this.retryNotBefore = null;
        this.updatedAt = now;
    }

    String feedName() {
        return feedName;
    }

    String position() {
        return position;
    }

    String etag() {
        return etag;
    }

    Instant retryNotBefore() {
        return retryNotBefore;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long eventsHandled() {
        return eventsHandled;
    }

    long eventsSkipped() {
        return eventsSkipped;
    }

    Instant caughtUpAt() {
        return caughtUpAt;
    }

    Long eventsBehind() {
        return eventsBehind;
    }
}
