package no.lifecase.register.folkeregisteret;

import java.util.List;

/**
 * One answer of the feed to a conditional fetch.
 *
 * @param entries     oldest first; empty when not modified
 * @param etag        send it back as {@code If-None-Match} with the same {@code seq}
 * @param notModified the register answered 304: nothing new since that ETag
 */
public record FeedPage(List<FeedEntry> entries, String etag, boolean notModified) {

    public FeedPage {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
