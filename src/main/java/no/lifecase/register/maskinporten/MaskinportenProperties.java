package no.lifecase.register.maskinporten;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import no.lifecase.configuration.HttpUrl;
import no.lifecase.configuration.PemPrivateKey;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lifecase.maskinporten.*}: where and as whom Lifecase asks Maskinporten for tokens, checked when the settings
 * are bound (ADR 0040). Client id and key may be empty: Lifecase then starts, and register calls that need a token
 * fail until they are given.
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
@Validated
public record MaskinportenProperties(
        @NotBlank @HttpUrl String tokenUrl,
        @NotBlank @HttpUrl String audience,
        String clientId,
        String keyId,
        @PemPrivateKey String privateKey,
        @DefaultValue("30s") @DurationMin(message = "must not be negative") Duration expirySkew,
        @DefaultValue("10s") @DurationMin(millis = 1, message = "must be positive, such as 10s") Duration timeout) {
}
