package no.lifecase.register.maskinporten;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecase.maskinporten.*}: where and as whom Lifecase asks Maskinporten for tokens.
 *
 * @param tokenUrl    the token endpoint; may hold {@code ${local.server.port}}, resolved at each request
 * @param audience    Maskinporten's issuer URL, the {@code aud} of our grant; resolved like {@code tokenUrl}
 * @param clientId    our client id, the {@code iss} of our grant
 * @param keyId       the {@code kid} Maskinporten knows our public key by; left out of the header when empty
 * @param privateKey  the PEM text itself (PKCS#8, {@code -----BEGIN PRIVATE KEY-----}, with its line breaks),
 *                    not a file location, so it can come straight from a secret in the environment
 * @param expirySkew  how long before its expiry a cached token is replaced
 * @param timeout     connect and read time-out for the token endpoint
 */
@ConfigurationProperties("lifecase.maskinporten")
public record MaskinportenProperties(
        String tokenUrl,
        String audience,
        String clientId,
        String keyId,
        String privateKey,
        @DefaultValue("30s") Duration expirySkew,
        @DefaultValue("10s") Duration timeout) {
}
