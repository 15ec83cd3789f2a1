package no.lifecase.simulator.maskinporten;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/** Checks a JWT grant the way Maskinporten does: signature, audience, lifetime, client, replay, scope. */
@Component
@Profile("simulators")
class GrantVerifier {

    static final Duration MAX_LIFETIME = Duration.ofSeconds(120);
    /** Maskinporten accepts an iat up to 10 s off its own clock. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(10);

    private final SimulatedMaskinportenIssuer issuer;
    private final Map<String, MaskinportenSimulatorProperties.Client> clients;
    private final RSASSAVerifier clientKey;
    private final Clock clock;
    private final Map<String, Instant> seenJtis = new ConcurrentHashMap<>();

    GrantVerifier(SimulatedMaskinportenIssuer issuer, MaskinportenSimulatorProperties properties, Clock clock) {
        this.issuer = issuer;
        this.clients = properties.clients();
        Assert.hasText(properties.clientPublicKey(), "lifecase.simulator.maskinporten.client-public-key is not set");
        this.clientKey = new RSASSAVerifier(RsaKeyConverters.x509().convert(
                new ByteArrayInputStream(properties.clientPublicKey().strip().getBytes(StandardCharsets.US_ASCII))));
        this.clock = clock;
    }

    VerifiedGrant verify(String assertion) {
        var claims = signedClaims(assertion);
        if (!List.of(issuer.issuer()).equals(claims.getAudience())) {
            throw GrantRefused.invalidGrant("Invalid assertion: aud must be " + issuer.issuer());
        }
        var expires = checkTimes(claims);
        var client = claims.getIssuer() == null ? null : clients.get(claims.getIssuer());
        if (client == null) {
            throw GrantRefused.invalidGrant("Invalid assertion: unknown client (iss)");
        }
        if (claims.getJWTID() == null || !firstUse(claims.getJWTID(), expires)) {
            throw GrantRefused.invalidGrant("Invalid assertion: jti missing or already used");
        }
        var scope = stringClaim(claims, "scope");
        if (scope == null || scope.isBlank()) {
            throw new GrantRefused("invalid_scope", "No scope requested");
        }
        var requested = List.of(scope.strip().split("\\s+"));
        if (!client.scopes().containsAll(requested)) {
            throw new GrantRefused("invalid_scope", "Scope not allowed for this client: " + scope);
        }
        return new VerifiedGrant(claims.getIssuer(), client.organisationNumber(), String.join(" ", requested));
    }

    private JWTClaimsSet signedClaims(String assertion) {
        try {
            var jwt = SignedJWT.parse(assertion);
            if (!jwt.verify(clientKey)) {
                throw GrantRefused.invalidGrant("Invalid assertion: signature does not verify with the client's key");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw GrantRefused.invalidGrant("Invalid assertion: not a JWT signed with RS256, RS384 or RS512");
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        if (claims.getIssueTime() == null || claims.getExpirationTime() == null) {
            throw GrantRefused.invalidGrant("Invalid assertion: iat and exp are required");
        }
        var issued = claims.getIssueTime().toInstant();
        var expires = claims.getExpirationTime().toInstant();
        var now = clock.instant();
        if (Duration.between(issued, expires).compareTo(MAX_LIFETIME) > 0) {
            throw GrantRefused.invalidGrant("Invalid assertion: exp may be at most 120 seconds after iat");
        }
        if (!now.isBefore(expires)) {
            throw GrantRefused.invalidGrant("Invalid assertion: expired");
        }
        if (issued.isAfter(now.plus(CLOCK_SKEW))) {
            throw GrantRefused.invalidGrant("Invalid assertion: iat is in the future");
        }
        return expires;
    }

    /** Remembers a jti until its grant expires; after that the grant is refused as expired anyway. */
    private boolean firstUse(String jti, Instant expires) {
        var now = clock.instant();
        seenJtis.values().removeIf(expiry -> expiry.isBefore(now));
        return seenJtis.putIfAbsent(jti, expires) == null;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new GrantRefused("invalid_scope", "scope must be a space-separated string");
        }
    }
}
