package no.lifecase.simulator.maskinporten;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The simulated Maskinporten as a token issuer: its issuer URL and its signing key. The key is made
 * at start-up and lives in memory only, so tokens from an earlier run are worthless, as they should be.
 * The simulated registers verify tokens against {@link #publicKey()}.
 */
@Component
@Profile("simulators")
@EnableConfigurationProperties(MaskinportenSimulatorProperties.class)
public class SimulatedMaskinportenIssuer {

    private final MaskinportenSimulatorProperties properties;
    private final Environment environment;
    private final RSAKey signingKey;
    private final RSAPublicKey publicKey;

    SimulatedMaskinportenIssuer(MaskinportenSimulatorProperties properties, Environment environment) throws JOSEException {
        this.properties = properties;
        this.environment = environment;
        this.signingKey = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        this.publicKey = signingKey.toRSAPublicKey();
    }

    /** The issuer URL, resolved at each call: the server's port is known only once it runs. */
    public String issuer() {
        return environment.resolveRequiredPlaceholders(properties.issuer());
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    RSAKey signingKey() {
        return signingKey;
    }

    /** What GET /maskinporten/jwk publishes: the public half only. */
    JWKSet publicKeys() {
        return new JWKSet(signingKey.toPublicJWK());
    }
}
