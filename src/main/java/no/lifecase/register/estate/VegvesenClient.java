package no.lifecase.register.estate;

import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The vehicles Statens vegvesen's motor vehicle register has on a person as owner ({@code lifecase.registers.vegvesen},
 * Maskinporten scope {@code svv:kjoretoy/kjoretoyopplysninger}). UNVERIFIED: the path {@code POST /vehicles}; the
 * public kjøretøyopplysninger service looks up by registration number, and a lookup by owner needs its own agreement.
 */
@Component
public class VegvesenClient {

    static final String REGISTER = "vegvesen";

    private final RegisterClients clients;

    VegvesenClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The vehicles registered on the person; none if the register does not know the person. */
    public SvvVehicles vehicles(Fodselsnummer owner) {
        return NotFound.asEmpty(() -> clients.client(REGISTER).post()
                .uri("/vehicles")
                .contentType(MediaType.APPLICATION_JSON)
                .body(PersonQuery.of(owner))
                .retrieve()
                .body(SvvVehicles.class))
                .orElse(new SvvVehicles(null));
    }
}
