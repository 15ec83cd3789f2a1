package no.lifecase.register.estate;

import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The property rights Kartverket's grunnbok holds for a person ({@code lifecase.registers.kartverket}). The real
 * service is SOAP ({@code InformasjonService.findRettigheterForPerson}, docs/domain.md#estate-overview-sources); this
 * client reads the JSON Digitalt dødsbo works with. UNVERIFIED: the path {@code POST /properties} and the Maskinporten
 * scope.
 */
@Component
public class KartverketClient {

    static final String REGISTER = "kartverket";

    private final RegisterClients clients;

    KartverketClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The person's property rights; none if Kartverket does not know the person. */
    public KartverketProperties propertyRights(Fodselsnummer person) {
        return NotFound.asEmpty(() -> clients.client(REGISTER).post()
                .uri("/properties")
                .contentType(MediaType.APPLICATION_JSON)
                .body(PersonQuery.of(person))
                .retrieve()
                .body(KartverketProperties.class))
                .orElse(new KartverketProperties(null));
    }
}
