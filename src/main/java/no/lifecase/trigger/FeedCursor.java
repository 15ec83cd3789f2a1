package no.lifecase.trigger;

/**
 * Where a feed has been read to, as its source last said.
 *
 * @param position the source's own position: the last sekvensnummer or oppdateringsid handled, or a time for the court
 *                 feed; {@code null} before the first page
 * @param etag     the ETag of the last page, for {@code If-None-Match}; may be {@code null}
 */
public record FeedCursor(String position, String etag) {

    public static FeedCursor atStart() {
        return new FeedCursor(null, null);
    }

    public boolean isAtStart() {
        return position == null;
    }
}
