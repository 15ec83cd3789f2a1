package no.lifecase.simulator.maskinporten;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecase.simulator.maskinporten.*}: the simulated Maskinporten and the clients it knows.
 *
 * @param issuer          its issuer URL, the {@code aud} a grant must name; may hold {@code ${local.server.port}}
 * @param clientPublicKey PEM public key ({@code -----BEGIN PUBLIC KEY-----}) that client grants must be signed with
 * @param tokenLifetime   how long the access tokens it issues live (Maskinporten's default is 120 s)
 * @param clients         the known clients by client id, with their organisation and allowed scopes
 */
@ConfigurationProperties("lifecase.simulator.maskinporten")
public record MaskinportenSimulatorProperties(
        String issuer,
        String clientPublicKey,
        @DefaultValue("120s") Duration tokenLifetime,
        Map<String, Client> clients) {

    public MaskinportenSimulatorProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** A registered client: the organisation it acts for and the scopes it has been granted. */
    public record Client(String organisationNumber, List<String> scopes) {

        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }
}
