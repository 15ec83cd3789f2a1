package no.lifecase.register.udi;

import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The basis of a person's residence as UDI holds it ({@code lifecase.registers.udi}). UDI offers no public API
 * (docs/domain.md#udi): the path {@code POST /oppholdsgrunnlag}, its JSON and the Maskinporten scope are ours and
 * UNVERIFIED, to be agreed with UDI. The number goes in the body, so it stays out of URLs and access logs.
 */
@Component
public class UdiClient {

    static final String REGISTER = "udi";

    private final RegisterClients clients;

    UdiClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    record PersonQuery(String foedselsEllerDNummer) {
    }

    /** The basis of the person's residence; empty when UDI holds nothing on the person (404). */
    public Optional<Oppholdsgrunnlag> residenceBasis(Fodselsnummer person) {
        try {
            return Optional.ofNullable(clients.client(REGISTER).post()
                    .uri("/oppholdsgrunnlag")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new PersonQuery(person.value()))
                    .retrieve()
                    .body(Oppholdsgrunnlag.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }
}
