package no.lifecase.register.enhetsregisteret;

import java.util.Optional;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Enhetsregisteret's open data API ({@code lifecase.registers.enhetsregisteret}): units, their roles and the
 * update feed. 5xx, 429 and time-outs arrive as {@code RegisterUnavailable}, thrown by {@link RegisterClients}.
 */
@Component
public class EnhetsregisteretClient {

    public static final String REGISTER = "enhetsregisteret";

    private final RegisterClients clients;

    EnhetsregisteretClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /**
     * The unit, also when it is deleted ({@link Enhet#isDeleted()}); empty if it never existed (404) or was
     * removed from open data for legal reasons (410), since either way there is nothing we may use.
     */
    public Optional<Enhet> enhet(Organisasjonsnummer organisasjonsnummer) {
        try {
            return Optional.ofNullable(client().get()
                    .uri("/enheter/{orgnr}", organisasjonsnummer.value())
                    .retrieve()
                    .body(Enhet.class));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            return Optional.empty();
        }
    }

    /** The unit's roles; none for a unit the register does not know. */
    public Roller roller(Organisasjonsnummer organisasjonsnummer) {
        try {
            var roller = client().get()
                    .uri("/enheter/{orgnr}/roller", organisasjonsnummer.value())
                    .retrieve()
                    .body(Roller.class);
            return roller == null ? Roller.none() : roller;
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            return Roller.none();
        }
    }

    /**
     * Up to {@code size} updates from {@code fromOppdateringsid} on (inclusive), oldest first. Poll again with
     * {@link OppdaterteEnheter#nesteOppdateringsid()}: the id is the cursor, so the page number stays 0.
     */
    public OppdaterteEnheter oppdateringer(long fromOppdateringsid, int size) {
        if (fromOppdateringsid < 1 || size < 1) {
            throw new IllegalArgumentException("oppdateringsid and size start at 1");
        }
        var page = client().get()
                .uri(uri -> uri.path("/oppdateringer/enheter")
                        .queryParam("oppdateringsid", fromOppdateringsid)
                        .queryParam("page", 0)
                        .queryParam("size", size)
                        .build())
                .retrieve()
                .body(OppdaterteEnheter.class);
        return page == null ? new OppdaterteEnheter(null, null) : page;
    }

    private RestClient client() {
        return clients.client(REGISTER);
    }
}
