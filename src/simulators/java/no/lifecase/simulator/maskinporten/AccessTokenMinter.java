package no.lifecase.simulator.maskinporten;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Issues the access token a register checks: Maskinporten's claims, signed with the simulator's key. */
@Component
@Profile("simulators")
class AccessTokenMinter {

    private final SimulatedMaskinportenIssuer issuer;
    private final Duration lifetime;
    private final Clock clock;

    AccessTokenMinter(SimulatedMaskinportenIssuer issuer, MaskinportenSimulatorProperties properties, Clock clock) {
        this.issuer = issuer;
        this.lifetime = properties.tokenLifetime();
        this.clock = clock;
    }

    TokenResponse issue(VerifiedGrant grant) {
        var issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .claim("client_id", grant.clientId())
                .claim("client_amr", "private_key_jwt")
                // "0192" is the ISO 6523 code for Norwegian organisation numbers
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + grant.organisationNumber()))
                .claim("scope", grant.scope())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        var key = issuer.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The simulator could not sign with its own key", e);
        }
        return new TokenResponse(jwt.serialize(), "Bearer", lifetime.toSeconds(), grant.scope());
    }

    /** The JSON Maskinporten answers a grant with. */
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("scope") String scope) {
    }
}
