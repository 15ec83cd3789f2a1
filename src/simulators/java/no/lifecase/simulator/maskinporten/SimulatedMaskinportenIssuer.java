package no.lifecase.simulator.maskinporten;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.atomic.AtomicReference;
import no.lifecase.simulator.SigningKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * The simulated Maskinporten as a token issuer: its issuer URL and its signing key. The key is made
 * at start-up and lives in memory only, so tokens from an earlier run are worthless, as they should be.
 * The simulated registers verify tokens with {@link #tokenDecoder()}.
 */
@Component
@Profile("simulators")
@EnableConfigurationProperties(MaskinportenSimulatorProperties.class)
public class SimulatedMaskinportenIssuer {

    private final MaskinportenSimulatorProperties properties;
    private final Environment environment;
    private final SigningKey signingKey = SigningKey.makeInBackground();
    private final AtomicReference<JwtDecoder> decoder = new AtomicReference<>();

    SimulatedMaskinportenIssuer(MaskinportenSimulatorProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The issuer URL, resolved at each call: the server's port is known only once it runs. */
    public String issuer() {
        return environment.resolveRequiredPlaceholders(properties.issuer());
    }

    public RSAPublicKey publicKey() {
        try {
            return signingKey.get().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("The simulator's own key has no public half", e);
        }
    }

    /**
     * What the simulated registers check a token with: signature by this key, not expired, issued by this simulator.
     * Built at the first token, so that the registers' security need not wait for the key at start-up.
     */
    public JwtDecoder tokenDecoder() {
        return token -> decoder.updateAndGet(built -> built != null ? built : newDecoder()).decode(token);
    }

    RSAKey signingKey() {
        return signingKey.get();
    }

    /** What GET /maskinporten/jwk publishes: the public half only. */
    JWKSet publicKeys() {
        return new JWKSet(signingKey().toPublicJWK());
    }

    private JwtDecoder newDecoder() {
        var nimbus = NimbusJwtDecoder.withPublicKey(publicKey()).build();
        // The issuer's URL holds the port, known only once the server listens: compared at each token.
        nimbus.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtClaimValidator<Object>(JwtClaimNames.ISS, iss -> iss != null && issuer().equals(iss.toString()))));
        return nimbus;
    }
}
