package no.lifecase.register.folkeregisteret;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import no.lifecase.register.RegisterUnavailable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Folkeregisteret "offentlig med hjemmel" v1: person lookup, archived person documents and the event feed.
 * Base URL, timeouts and the Maskinporten token come from {@link RegisterClients}; a register that is away,
 * failing or throttling raises {@link RegisterUnavailable}, so the engine retries the step.
 */
@Component
public class FolkeregisteretClient {

    public static final String REGISTER = "folkeregisteret";

    /** The most events one answer of the feed holds. */
    static final int FEED_PAGE_SIZE = 1000;

    private static final ParameterizedTypeReference<List<FeedEntry>> FEED = new ParameterizedTypeReference<>() { };

    private final RegisterClients clients;

    FolkeregisteretClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /**
     * The person's latest document, with only the parts asked for ({@link Part#PERSON_BASIS} if none).
     *
     * @return empty if the register does not know the number
     */
    public Optional<Folkeregisterperson> person(Fodselsnummer person, Set<Part> parts) {
        try {
            return Optional.ofNullable(client().get()
                    .uri(uri -> uri.path("/v1/personer/{id}").queryParam("part", values(parts)).build(person.value()))
                    .retrieve().body(Folkeregisterperson.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /**
     * The person as an event left them: {@code documentId} is the feed's {@code persondokument}.
     *
     * @return empty if the register does not know the document
     */
    public Optional<Folkeregisterperson> personAsOf(String documentId) {
        return personAsOf(documentId, Set.of(Part.PERSON_BASIS));
    }

    /** As {@link #personAsOf(String)}, with these parts of the document. */
    public Optional<Folkeregisterperson> personAsOf(String documentId, Set<Part> parts) {
        try {
            var query = parts.stream().map(part -> "part=" + part.value()).sorted().collect(java.util.stream.Collectors.joining("&"));
            return Optional.ofNullable(client().get().uri("/v1/personer/arkiv/{id}?" + query, documentId)
                    .retrieve().body(Folkeregisterperson.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /** Up to {@value #FEED_PAGE_SIZE} events from this sequence number on (inclusive), oldest first. */
    public List<FeedEntry> feed(long fromSequence) {
        var entries = client().get().uri("/v1/hendelser/feed?seq={seq}", fromSequence).retrieve().body(FEED);
        return entries == null ? List.of() : entries;
    }

    /** As {@link #feed(long)}, but asks "anything new since this ETag?" (null for an unconditional fetch). */
    public FeedPage feed(long fromSequence, String etag) {
        var response = client().get().uri("/v1/hendelser/feed?seq={seq}", fromSequence)
                .headers(headers -> {
                    if (etag != null) {
                        headers.setIfNoneMatch(etag);
                    }
                })
                .retrieve().toEntity(FEED);
        var newEtag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_MODIFIED)) {
            return new FeedPage(List.of(), newEtag == null ? etag : newEtag, true);
        }
        return new FeedPage(response.getBody(), newEtag, false);
    }

    /** The last sequence number the register has handed out; 0 for an empty feed. */
    public long lastSequenceNumber() {
        var last = client().get().uri("/v1/hendelser/siste/sekvensnummer").retrieve().body(Long.class);
        return last == null ? 0 : last;
    }

    /** Resolved at each call: the simulators' base URL names the server port, known only once it listens. */
    private RestClient client() {
        return clients.client(REGISTER);
    }

    private static Object[] values(Collection<Part> parts) {
        return (parts == null || parts.isEmpty() ? Set.of(Part.PERSON_BASIS) : parts).stream().map(Part::value).sorted().toArray();
    }
}
