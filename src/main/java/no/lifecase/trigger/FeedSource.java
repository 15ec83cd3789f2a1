package no.lifecase.trigger;

/**
 * One register's event feed, read page by page. The register clients implement it, turning their DTOs into
 * {@link FeedEvent}s; nothing here knows the registers' JSON.
 *
 * <p>Every Spring bean of this type is polled. Feed names must be unique: a feed's cursor is stored under its name.
 */
public interface FeedSource {

    /** Whose events these are; decides which life events they start. */
    RegisterFeed register();

    /** The key of this feed's cursor. One feed per register unless a register has several. */
    default String feedName() {
        return register().feedName();
    }

    /**
     * The events after the cursor, the position to continue from, and the page's ETag. A 304 answer is
     * {@link FeedPage#notModified()}, a 429 answer {@link FeedPage#retryAfter(java.time.Duration)}; any other failure
     * is thrown, and the next poll asks again from the same cursor.
     *
     * @param cursor where the last page ended, with that page's ETag for {@code If-None-Match};
     *               {@linkplain FeedCursor#isAtStart() at start} before the first page
     */
    FeedPage fetch(FeedCursor cursor);
}
