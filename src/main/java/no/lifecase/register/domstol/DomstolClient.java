package no.lifecase.register.domstol;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import no.lifecase.register.RegisterClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The courts' feed of death cases ({@code lifecase.registers.domstol}, Maskinporten scope
 * {@code domstolene:forvaltningssaker:doedsfall.read}): the event list, and the case each event points at
 * (docs/domain.md#courts-estate-feed).
 */
@Component
public class DomstolClient {

    static final String REGISTER = "domstol";
    static final int DEFAULT_LIMIT = 100;

    private final RegisterClients clients;

    DomstolClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The feed from its beginning. */
    public Hendelsesliste events() {
        return events(null, DEFAULT_LIMIT);
    }

    /**
     * Up to {@code limit} patches of events from {@code from} on, oldest first.
     *
     * @param from the time of the last event handled ({@link Hendelsesliste#latestTime()}), or null for the beginning
     */
    public Hendelsesliste events(OffsetDateTime from, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit starts at 1");
        }
        var patches = clients.client(REGISTER).get()
                .uri(uri -> {
                    uri.path("/hendelsesliste").queryParam("limit", limit);
                    if (from != null) {
                        // In UTC, so that no "+" offset reaches the query string, where it would read as a space.
                        uri.queryParam("from", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from.withOffsetSameInstant(ZoneOffset.UTC)));
                    }
                    return uri.build();
                })
                .retrieve()
                .body(CloudEvent[][].class);
        return Hendelsesliste.of(patches);
    }

    /** The case as it is now; empty if the courts do not know it. */
    public Optional<Sak> sak(UUID sakId) {
        try {
            return Optional.ofNullable(clients.client(REGISTER).get()
                    .uri("/objects/{uuid}", sakId)
                    .retrieve()
                    .body(Sak.class));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            return Optional.empty();
        }
    }
}
