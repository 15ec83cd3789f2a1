package no.lifecase.register.maskinporten;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.StringUtils;

/** The signed JWT that proves to Maskinporten who is asking (RFC 7523 §2.1, Maskinporten's JWT grant). */
class GrantAssertion {

    /** Maskinporten refuses a grant that lives longer than this. */
    static final Duration LIFETIME = Duration.ofSeconds(120);

    private final String clientId;
    private final String keyId;
    private final RSASSASigner signer;
    private final Clock clock;

    GrantAssertion(String clientId, String keyId, String privateKeyPem, Clock clock) {
        this.clientId = clientId;
        this.keyId = StringUtils.hasText(keyId) ? keyId : null;
        this.signer = new RSASSASigner(parse(privateKeyPem));
        this.clock = clock;
    }

    String signed(String scope, String audience) {
        // JWT times are whole seconds: truncate first, so exp - iat is exactly the lifetime.
        var issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .audience(audience)
                .claim("scope", scope)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())   // Maskinporten refuses a jti it has seen
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new MaskinportenUnavailable("could not sign the grant with our key", e);
        }
        return jwt.serialize();
    }

    private static RSAPrivateKey parse(String pem) {
        try {
            return RsaKeyConverters.pkcs8().convert(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (RuntimeException e) {
            // the converter's own message is safe, but say which setting to fix
            throw new IllegalStateException("lifecase.maskinporten.private-key is not a PEM PKCS#8 RSA private key", e);
        }
    }
}
