package no.lifecase.register.frivillighetsregisteret;

import java.util.Optional;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/** Frivillighetsregisteret's open data API ({@code lifecase.registers.frivillighetsregisteret}). */
@Component
public class FrivillighetsregisteretClient {

    static final String REGISTER = "frivillighetsregisteret";

    private final RegisterClients clients;

    FrivillighetsregisteretClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The organisation's entry; empty when it is not registered in Frivillighetsregisteret (404). */
    public Optional<FrivilligOrganisasjon> organisasjon(Organisasjonsnummer organisasjonsnummer) {
        try {
            return Optional.ofNullable(clients.client(REGISTER).get()
                    .uri("/frivillige-organisasjoner/{orgnr}", organisasjonsnummer.value())
                    .retrieve()
                    .body(FrivilligOrganisasjon.class));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            return Optional.empty();
        }
    }
}
