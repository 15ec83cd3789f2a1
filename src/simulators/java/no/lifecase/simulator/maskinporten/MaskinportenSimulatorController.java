package no.lifecase.simulator.maskinporten;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Maskinporten's token endpoint, key set and metadata, at the simulator's issuer URL. */
@RestController
@Profile("simulators")
@RequestMapping("/maskinporten")
class MaskinportenSimulatorController {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final GrantVerifier grants;
    private final AccessTokenMinter tokens;
    private final SimulatedMaskinportenIssuer issuer;

    MaskinportenSimulatorController(GrantVerifier grants, AccessTokenMinter tokens, SimulatedMaskinportenIssuer issuer) {
        this.grants = grants;
        this.tokens = tokens;
        this.issuer = issuer;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<AccessTokenMinter.TokenResponse> token(@RequestParam("grant_type") String grantType, @RequestParam String assertion) {
        if (!JWT_BEARER.equals(grantType)) {
            throw new GrantRefused("unsupported_grant_type", "Only " + JWT_BEARER + " is supported");
        }
        // RFC 6749 §5.1: token answers must not be cached
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(tokens.issue(grants.verify(assertion)));
    }

    @GetMapping("/jwk")
    Map<String, Object> keySet() {
        return issuer.publicKeys().toJSONObject();
    }

    /** As at https://maskinporten.no/.well-known/oauth-authorization-server, so a client can discover us the same way. */
    @GetMapping("/.well-known/oauth-authorization-server")
    Map<String, Object> metadata() {
        var base = issuer.issuer();
        return Map.of("issuer", base,
                "token_endpoint", base + "token",
                "jwks_uri", base + "jwk",
                "grant_types_supported", List.of(JWT_BEARER),
                "token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
    }

    @ExceptionHandler(GrantRefused.class)
    ResponseEntity<OAuthError> refused(GrantRefused e) {
        return ResponseEntity.badRequest().body(new OAuthError(e.error(), e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<OAuthError> incomplete(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new OAuthError("invalid_request", "Missing parameter " + e.getParameterName()));
    }

    /** RFC 6749 §5.2 error answer. */
    record OAuthError(String error, @JsonProperty("error_description") String errorDescription) {
    }
}
