package no.lifecase.register.maskinporten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/** The JWT grant and the token cache, against a tiny token endpoint on the loopback interface. */
class MaskinportenTokenClientTest {

    private static final String SCOPE = "folkeregister:deling/offentligmedhjemmel";
    private static final String OTHER_SCOPE = "krr:global/kontaktinformasjon.read";
    private static final String AUDIENCE = "https://test.maskinporten.no/";

    private static KeyPair keys;

    private final FakeTokenEndpoint maskinporten = new FakeTokenEndpoint();
    private final MockEnvironment environment = new MockEnvironment();
    private final Clock clock = mock(Clock.class);
    private Instant now = Instant.parse("2026-03-02T10:00:00Z");
    private MaskinportenTokenClient client;

    @BeforeAll
    static void generateKeys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @BeforeEach
    void start() throws IOException {
        when(clock.instant()).thenAnswer(invocation -> now);
        maskinporten.start();
        environment.setProperty("fake.port", String.valueOf(maskinporten.port()));
        client = client("http://127.0.0.1:${fake.port}/token", "the-key", privateKeyPem());
    }

    @AfterEach
    void stop() {
        maskinporten.stop();
    }

    @Test
    void the_grant_is_a_jwt_signed_with_our_key_naming_client_audience_and_scope() throws Exception {
        client.accessToken(SCOPE);

        var form = maskinporten.forms.get(0);
        assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        var grant = SignedJWT.parse(form.get("assertion"));
        assertThat(grant.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
        assertThat(grant.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(grant.getHeader().getKeyID()).isEqualTo("the-key");
        var claims = grant.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("lifecase-test");
        assertThat(claims.getAudience()).containsExactly(AUDIENCE);
        assertThat(claims.getStringClaim("scope")).isEqualTo(SCOPE);
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(120));
        assertThat(maskinporten.contentTypes).containsOnly("application/x-www-form-urlencoded");
    }

    @Test
    void every_grant_has_a_fresh_jti_and_no_kid_when_none_is_configured() throws Exception {
        client = client("http://127.0.0.1:${fake.port}/token", "", privateKeyPem());

        client.accessToken(SCOPE);
        client.accessToken(OTHER_SCOPE);
        now = now.plusSeconds(600);
        client.accessToken(SCOPE);

        var jtis = new HashSet<String>();
        for (var form : maskinporten.forms) {
            var grant = SignedJWT.parse(form.get("assertion"));
            assertThat(grant.getHeader().getKeyID()).isNull();
            jtis.add(grant.getJWTClaimsSet().getJWTID());
        }
        assertThat(jtis).hasSize(3).doesNotContainNull();
    }

    @Test
    void a_second_call_for_the_same_scope_is_served_from_the_cache() {
        var first = client.accessToken(SCOPE);
        now = now.plusSeconds(60);
        var second = client.accessToken(SCOPE);

        assertThat(second).isEqualTo(first).isEqualTo("token-1");
        assertThat(maskinporten.requests).hasValue(1);
    }

    @Test
    void a_token_that_expires_within_the_skew_is_renewed() {
        maskinporten.expiresIn = 120;   // skew is 30 s: usable until 90 s after it was asked for
        client.accessToken(SCOPE);

        now = now.plusSeconds(89);
        assertThat(client.accessToken(SCOPE)).isEqualTo("token-1");
        now = now.plusSeconds(2);
        assertThat(client.accessToken(SCOPE)).isEqualTo("token-2");
        assertThat(maskinporten.requests).hasValue(2);
    }

    @Test
    void each_scope_has_its_own_token() {
        var folkeregisteret = client.accessToken(SCOPE);
        var krr = client.accessToken(OTHER_SCOPE);

        assertThat(folkeregisteret).isNotEqualTo(krr);
        assertThat(client.accessToken(SCOPE)).isEqualTo(folkeregisteret);
        assertThat(client.accessToken(OTHER_SCOPE)).isEqualTo(krr);
        assertThat(maskinporten.requests).hasValue(2);
        assertThat(maskinporten.forms).extracting(form -> scopeOf(form.get("assertion"))).containsExactly(SCOPE, OTHER_SCOPE);
    }

    @Test
    void callers_asking_at_once_for_a_missing_token_share_one_request() throws Exception {
        maskinporten.delay = Duration.ofMillis(300);   // keep the first request open while the others arrive
        var callers = 8;
        var pool = Executors.newFixedThreadPool(callers);
        try {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<String>>();
            for (var i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.accessToken(SCOPE);
                }));
            }
            start.countDown();
            var tokens = new HashSet<String>();
            for (var answer : answers) {
                tokens.add(answer.get());
            }
            assertThat(tokens).containsExactly("token-1");
            assertThat(maskinporten.requests).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_error_from_maskinporten_names_maskinporten_and_the_status_but_no_secret() {
        maskinporten.status = 400;

        var failure = catchThrowable(() -> client.accessToken(SCOPE));

        assertThat(failure).isInstanceOf(MaskinportenUnavailable.class)
                .hasMessageContaining("Maskinporten")
                .hasMessageContaining("HTTP 400")
                .hasMessageNotContaining(maskinporten.forms.get(0).get("assertion"))
                .hasMessageNotContaining("invalid_grant_details");
    }

    @Test
    void a_failed_request_is_not_cached() {
        maskinporten.status = 503;
        assertThatThrownBy(() -> client.accessToken(SCOPE)).isInstanceOf(MaskinportenUnavailable.class).hasMessageContaining("HTTP 503");

        maskinporten.status = 200;
        assertThat(client.accessToken(SCOPE)).isEqualTo("token-2");
    }

    @Test
    void an_unreachable_maskinporten_is_reported_as_unavailable() {
        maskinporten.stop();

        assertThatThrownBy(() -> client.accessToken(SCOPE))
                .isInstanceOf(MaskinportenUnavailable.class)
                .hasMessageContaining("Maskinporten");
    }

    @Test
    void the_token_url_is_resolved_when_asked_not_when_built() {
        var lateEnvironment = new MockEnvironment();
        client = new MaskinportenTokenClient(properties("http://127.0.0.1:${late.port}/token", "k", privateKeyPem()),
                lateEnvironment, clock, RestClient.builder());
        lateEnvironment.setProperty("late.port", String.valueOf(maskinporten.port()));   // like local.server.port

        assertThat(client.accessToken(SCOPE)).isEqualTo("token-1");
    }

    @Test
    void without_a_configured_client_the_application_starts_but_no_token_is_issued() {
        client = client("http://127.0.0.1:${fake.port}/token", "", "");

        assertThatThrownBy(() -> client.accessToken(SCOPE))
                .isInstanceOf(MaskinportenUnavailable.class)
                .hasMessageContaining("lifecase.maskinporten.client-id");
        assertThat(maskinporten.requests).hasValue(0);
    }

    private MaskinportenTokenClient client(String tokenUrl, String keyId, String privateKey) {
        return new MaskinportenTokenClient(properties(tokenUrl, keyId, privateKey), environment, clock, RestClient.builder());
    }

    private static MaskinportenProperties properties(String tokenUrl, String keyId, String privateKey) {
        return new MaskinportenProperties(tokenUrl, AUDIENCE, "lifecase-test", keyId, privateKey,
                Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    private static String privateKeyPem() {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    private static String scopeOf(String assertion) {
        try {
            return SignedJWT.parse(assertion).getJWTClaimsSet().getStringClaim("scope");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Answers every grant with a numbered token, or with the status a test sets; remembers what it was sent. */
    static class FakeTokenEndpoint {

        final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
        final List<String> contentTypes = new CopyOnWriteArrayList<>();
        final AtomicInteger requests = new AtomicInteger();
        volatile int status = 200;
        volatile long expiresIn = 120;
        volatile Duration delay = Duration.ZERO;
        private HttpServer server;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/token", this::answer);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        private void answer(HttpExchange exchange) throws IOException {
            var number = requests.incrementAndGet();
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            forms.add(parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var body = status == 200
                    ? "{\"access_token\":\"token-" + number + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"scope\":\"s\"}"
                    : "{\"error\":\"invalid_grant\",\"error_description\":\"invalid_grant_details\"}";
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        private static Map<String, String> parse(String form) {
            return java.util.Arrays.stream(form.split("&"))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                            pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        }
    }
}
