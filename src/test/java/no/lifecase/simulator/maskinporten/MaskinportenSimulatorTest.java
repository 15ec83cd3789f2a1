package no.lifecase.simulator.maskinporten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The simulated token endpoint refuses what Maskinporten refuses, and issues what a register checks. */
class MaskinportenSimulatorTest {

    private static final String ISSUER = "http://localhost:8123/maskinporten/";
    private static final String CLIENT = "lifecase-test";
    private static final String SCOPE = "folkeregister:deling/offentligmedhjemmel";
    private static final String OTHER_SCOPE = "krr:global/kontaktinformasjon.read";

    private static KeyPair client;
    private static KeyPair stranger;

    private final Clock clock = mock(Clock.class);
    private Instant now = Instant.parse("2026-03-02T10:00:00Z");
    private static MaskinportenSimulatorProperties properties;
    private static SimulatedMaskinportenIssuer issuer;   // made once: generating its key takes a while
    private MockMvc mvc;

    @BeforeAll
    static void generateKeys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        client = generator.generateKeyPair();
        stranger = generator.generateKeyPair();
        properties = new MaskinportenSimulatorProperties("http://localhost:${local.server.port}/maskinporten/",
                publicKeyPem(), Duration.ofSeconds(60),
                Map.of(CLIENT, new MaskinportenSimulatorProperties.Client("312412349", List.of(SCOPE, OTHER_SCOPE))));
        issuer = new SimulatedMaskinportenIssuer(properties, new MockEnvironment().withProperty("local.server.port", "8123"));
    }

    @BeforeEach
    void setUp() {
        when(clock.instant()).thenAnswer(invocation -> now);
        mvc = MockMvcBuilders.standaloneSetup(new MaskinportenSimulatorController(
                new GrantVerifier(issuer, properties, clock), new AccessTokenMinter(issuer, properties, clock), issuer)).build();
    }

    @Test
    void a_valid_grant_gets_an_access_token_with_maskinportens_claims_signed_by_the_simulator() throws Exception {
        var answer = token(grant(claims -> claims.claim("scope", SCOPE + " " + OTHER_SCOPE)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(60))
                .andExpect(jsonPath("$.scope").value(SCOPE + " " + OTHER_SCOPE))
                .andReturn().getResponse().getContentAsString();

        var token = SignedJWT.parse(JsonPath.<String>read(answer, "$.access_token"));
        assertThat(token.verify(new RSASSAVerifier(issuer.publicKey()))).isTrue();
        assertThat(token.getHeader().getKeyID()).isEqualTo(issuer.signingKey().getKeyID());
        var claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getStringClaim("client_id")).isEqualTo(CLIENT);
        assertThat(claims.getJSONObjectClaim("consumer"))
                .containsEntry("authority", "iso6523-actorid-upis").containsEntry("ID", "0192:312412349");
        assertThat(claims.getStringClaim("scope")).isEqualTo(SCOPE + " " + OTHER_SCOPE);
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(now.plusSeconds(60));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void a_grant_signed_with_another_key_is_refused() throws Exception {
        refusedAsInvalidGrant(signed(stranger.getPrivate(), validClaims().build()));
    }

    @Test
    void an_expired_grant_is_refused() throws Exception {
        var grant = grant(claims -> claims);
        now = now.plusSeconds(121);
        refusedAsInvalidGrant(grant);
    }

    @Test
    void a_grant_living_longer_than_120_seconds_is_refused() throws Exception {
        refusedAsInvalidGrant(grant(claims -> claims.expirationTime(Date.from(now.plusSeconds(121)))));
    }

    @Test
    void a_grant_for_another_audience_is_refused() throws Exception {
        refusedAsInvalidGrant(grant(claims -> claims.audience("https://maskinporten.no/")));
    }

    @Test
    void a_replayed_grant_is_refused() throws Exception {
        var grant = grant(claims -> claims);
        token(grant).andExpect(status().isOk());
        refusedAsInvalidGrant(grant);
    }

    @Test
    void a_grant_from_an_unknown_client_is_refused() throws Exception {
        refusedAsInvalidGrant(grant(claims -> claims.issuer("someone-else")));
    }

    @Test
    void a_grant_without_jti_is_refused() throws Exception {
        refusedAsInvalidGrant(grant(claims -> claims.jwtID(null)));
    }

    @Test
    void something_that_is_no_jwt_is_refused() throws Exception {
        refusedAsInvalidGrant("not-a-jwt");
    }

    @Test
    void a_scope_the_client_was_not_granted_is_refused() throws Exception {
        token(grant(claims -> claims.claim("scope", SCOPE + " domstolene:forvaltningssaker:doedsfall.read")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_scope"));
    }

    @Test
    void another_grant_type_is_refused() throws Exception {
        mvc.perform(post("/maskinporten/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("assertion", grant(claims -> claims)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unsupported_grant_type"));
    }

    @Test
    void a_request_without_assertion_is_refused() throws Exception {
        mvc.perform(post("/maskinporten/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", MaskinportenSimulatorController.JWT_BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
    }

    @Test
    void the_key_set_publishes_the_public_key_only() throws Exception {
        mvc.perform(get("/maskinporten/jwk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kid").value(issuer.signingKey().getKeyID()))
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].n").isNotEmpty())
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }

    @Test
    void the_metadata_names_the_endpoints_under_the_issuer() throws Exception {
        mvc.perform(get("/maskinporten/.well-known/oauth-authorization-server"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").value(ISSUER))
                .andExpect(jsonPath("$.token_endpoint").value(ISSUER + "token"))
                .andExpect(jsonPath("$.jwks_uri").value(ISSUER + "jwk"));
    }

    private void refusedAsInvalidGrant(String assertion) throws Exception {
        token(assertion)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"))
                .andExpect(jsonPath("$.error_description").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    private ResultActions token(String assertion) throws Exception {
        return mvc.perform(post("/maskinporten/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", MaskinportenSimulatorController.JWT_BEARER)
                .param("assertion", assertion));
    }

    private String grant(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return signed(client.getPrivate(), change.apply(validClaims()).build());
    }

    private JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(CLIENT)
                .audience(ISSUER)
                .claim("scope", SCOPE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(120)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String signed(PrivateKey key, JWTClaimsSet claims) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String publicKeyPem() {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(client.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }
}
