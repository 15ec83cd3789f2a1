package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** How a register's answers reach the code that calls it, against a real local HTTP server. */
@ExtendWith(OutputCaptureExtension.class)
class RegisterClientsTest {

    private HttpServer server;
    private RegisterCircuits circuits;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, 200, "{\"svar\":\"ja\"}", Map.of());
        });
        server.createContext("/missing", exchange -> answer(exchange, 404, "{\"kode\":\"FREG-404\"}", Map.of()));
        server.createContext("/broken", exchange -> answer(exchange, 500, "{\"kode\":\"FREG-001\"}", Map.of()));
        server.createContext("/busy", exchange -> answer(exchange, 429, "", Map.of("Retry-After", "1500")));
        server.createContext("/slow", exchange -> {
            sleep(Duration.ofMillis(1500));
            answer(exchange, 200, "{}", Map.of());
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void a_register_that_needs_a_token_gets_one_for_its_scope() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), "folkeregister:deling/offentligmedhjemmel", null, null, null));

        var body = client.get().uri("/ok").retrieve().body(String.class);

        assertThat(body).contains("ja");
        assertThat(lastAuthorization.get()).isEqualTo("Bearer token-for-folkeregister:deling/offentligmedhjemmel");
    }

    @Test
    void open_data_is_called_without_a_token() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, null, null));

        client.get().uri("/ok").retrieve().toBodilessEntity();

        assertThat(lastAuthorization.get()).isNull();
    }

    @Test
    void a_server_error_is_the_register_being_unavailable_and_names_it() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, null, null));

        assertThatThrownBy(() -> client.get().uri("/broken").retrieve().body(String.class))
                .isInstanceOf(RegisterUnavailable.class)
                .hasMessage("folkeregisteret is unavailable: HTTP 500");
    }

    @Test
    void too_many_requests_carries_retry_after_in_the_registers_unit() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, null, RegisterEndpoint.RetryAfterUnit.MILLIS));

        assertThatThrownBy(() -> client.get().uri("/busy").retrieve().body(String.class))
                .isInstanceOfSatisfying(RegisterUnavailable.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMillis(1500)));
    }

    @Test
    void a_timeout_is_the_register_being_unavailable() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, Duration.ofMillis(200), null));

        assertThatThrownBy(() -> client.get().uri("/slow").retrieve().body(String.class))
                .isInstanceOf(RegisterUnavailable.class)
                .hasMessageStartingWith("folkeregisteret is unavailable: HttpTimeoutException");
        assertThat(circuits.of("folkeregisteret").snapshot().lastProblem()).startsWith("HttpTimeoutException");
    }

    @Test
    void not_found_is_left_to_the_caller() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, null, null));

        assertThatThrownBy(() -> client.get().uri("/missing").retrieve().body(String.class))
                .isInstanceOf(HttpClientErrorException.NotFound.class);
    }

    @Test
    void the_base_url_may_name_the_local_port_resolved_at_the_first_call() {
        var environment = new MockEnvironment().withProperty("local.server.port", String.valueOf(server.getAddress().getPort()));
        var properties = new RegisterProperties(Map.of("folkeregisteret",
                new RegisterEndpoint("http://127.0.0.1:${local.server.port}", null, null, null, null)));
        var client = new RegisterClients(properties, scope -> "unused", environment, RestClient.builder(), circuits(properties), metrics())
                .client("folkeregisteret");

        assertThat(client.get().uri("/ok").retrieve().body(String.class)).contains("ja");
    }

    @Test
    void an_unconfigured_register_is_a_clear_configuration_error() {
        var properties = new RegisterProperties(Map.of());
        var clients = new RegisterClients(properties, scope -> "unused", new MockEnvironment(), RestClient.builder(), circuits(properties), metrics());

        assertThatThrownBy(() -> clients.client("krr")).hasMessageContaining("lifecase.registers.krr");
    }

    @Test
    void a_client_of_an_unconfigured_register_stops_the_start_when_it_is_made() {
        var properties = new RegisterProperties(Map.of("udi", new RegisterEndpoint(baseUrl(), null, null, null, null)));
        var clients = new RegisterClients(properties, scope -> "unused", new MockEnvironment(), RestClient.builder(), circuits(properties), metrics());

        assertThatThrownBy(() -> clients.willCall("krr"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set lifecase.registers.krr.base-url");
        clients.willCall("udi");
    }

    @Test
    void once_the_server_listens_a_base_url_that_resolves_to_no_http_url_stops_the_start() {
        var environment = new MockEnvironment().withProperty("LIFECASE_KRR_URL", "kontaktregisteret.no/rest/v1");
        var clients = clientsCalling("krr", "${LIFECASE_KRR_URL}", environment);

        assertThatThrownBy(clients::checkBaseUrls)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lifecase.registers.krr.base-url must be an absolute http or https URL with a host, not kontaktregisteret.no/rest/v1");
    }

    @Test
    void once_the_server_listens_the_local_port_resolves_and_the_base_url_passes() {
        var environment = new MockEnvironment().withProperty("local.server.port", "8123");
        var clients = clientsCalling("krr", "http://localhost:${local.server.port}/rest/v1", environment);

        clients.checkBaseUrls();

        assertThat(clients.client("krr")).isNotNull();
    }

    @Test
    void a_base_url_still_to_be_given_by_the_operator_is_logged_and_the_start_goes_on(CapturedOutput output) {
        var clients = clientsCalling("dsop", "${LIFECASE_DSOP_URL}", new MockEnvironment());

        clients.checkBaseUrls();

        assertThat(output).contains("lifecase.registers.dsop.base-url is not set").contains("LIFECASE_DSOP_URL");
        assertThatThrownBy(() -> clients.client("dsop")).hasMessageContaining("LIFECASE_DSOP_URL");
    }

    @Test
    void a_register_no_client_calls_is_not_checked_when_the_server_listens(CapturedOutput output) {
        var environment = new MockEnvironment().withProperty("LIFECASE_AGENCY_INBOX_URL", "not a url");
        var properties = new RegisterProperties(Map.of("agency-inbox", new RegisterEndpoint("${LIFECASE_AGENCY_INBOX_URL}", null, null, null, null),
                "letter-post", new RegisterEndpoint("${LIFECASE_LETTER_POST_URL}", null, null, null, null)));
        var clients = new RegisterClients(properties, scope -> "unused", environment, RestClient.builder(), circuits(properties), metrics());

        clients.checkBaseUrls();

        assertThat(output).doesNotContain("LIFECASE_LETTER_POST_URL");
    }

    private RegisterClients clientsCalling(String register, String baseUrl, MockEnvironment environment) {
        var properties = new RegisterProperties(Map.of(register, new RegisterEndpoint(baseUrl, null, null, null, null)));
        var clients = new RegisterClients(properties, scope -> "unused", environment, RestClient.builder(), circuits(properties), metrics());
        clients.willCall(register);
        return clients;
    }

    @Test
    void each_call_is_timed_by_register_and_outcome_and_the_unavailable_ones_are_its_errors() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, null, null));
        assertThat(meters.get("lifecase.register.errors").tag("register", "folkeregisteret").counter().count())
                .as("every configured register has its error counter from the start").isZero();
        assertThat(List.of("success", "client-error", "unavailable")).allSatisfy(outcome -> assertThat(
                meters.get("lifecase.register.calls").tags("register", "folkeregisteret", "outcome", outcome).timer().count())
                .as("and its calls of each outcome, so a rate sees the first call").isZero());
        assertThat(meters.get("lifecase.register.circuit.open").tag("register", "folkeregisteret").gauge().value()).isZero();

        client.get().uri("/ok").retrieve().toBodilessEntity();
        client.get().uri("/ok").retrieve().toBodilessEntity();
        assertThatThrownBy(() -> client.get().uri("/missing").retrieve().body(String.class)).isInstanceOf(HttpClientErrorException.class);
        assertThatThrownBy(() -> client.get().uri("/broken").retrieve().body(String.class)).isInstanceOf(RegisterUnavailable.class);
        assertThatThrownBy(() -> client.get().uri("/busy").retrieve().body(String.class)).isInstanceOf(RegisterUnavailable.class);

        assertThat(calls("success").count()).isEqualTo(2);
        assertThat(calls("client-error").count()).isEqualTo(1);
        assertThat(calls("unavailable").count()).isEqualTo(2);
        assertThat(calls("success").totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(meters.get("lifecase.register.errors").tag("register", "folkeregisteret").counter().count()).isEqualTo(2);
    }

    @Test
    void a_timeout_is_timed_as_unavailable_and_the_open_circuit_shows() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, Duration.ofMillis(200), null));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.get().uri("/slow").retrieve().body(String.class)).isInstanceOf(RegisterUnavailable.class);
        }

        assertThat(calls("unavailable").count()).isEqualTo(3);
        assertThat(calls("unavailable").max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(200);
        assertThat(meters.get("lifecase.register.circuit.open").tag("register", "folkeregisteret").gauge().value()).isEqualTo(1);
    }

    @Test
    void failures_in_a_row_open_the_registers_circuit_and_an_answer_closes_it() {
        var client = clientFor(new RegisterEndpoint(baseUrl(), null, null, null, null));
        var circuit = circuits.of("folkeregisteret");

        assertThatThrownBy(() -> client.get().uri("/broken").retrieve().body(String.class)).isInstanceOf(RegisterUnavailable.class);
        assertThatThrownBy(() -> client.get().uri("/busy").retrieve().body(String.class)).isInstanceOf(RegisterUnavailable.class);
        assertThat(circuit.state()).isEqualTo(RegisterCircuit.State.CLOSED);
        assertThatThrownBy(() -> client.get().uri("/broken").retrieve().body(String.class)).isInstanceOf(RegisterUnavailable.class);

        assertThat(circuit.snapshot()).satisfies(open -> {
            assertThat(open.state()).isEqualTo(RegisterCircuit.State.OPEN);
            assertThat(open.failures()).isEqualTo(3);
            assertThat(open.lastProblem()).isEqualTo("HTTP 500");
        });
        assertThatThrownBy(() -> client.get().uri("/missing").retrieve().body(String.class))
                .isInstanceOf(HttpClientErrorException.NotFound.class);
        assertThat(circuit.snapshot().state()).as("a 404 is an answer").isEqualTo(RegisterCircuit.State.CLOSED);
        assertThat(circuit.snapshot().failures()).isZero();
    }

    @Test
    void a_token_that_cannot_be_had_does_not_count_against_the_register() {
        var properties = new RegisterProperties(Map.of("krr", new RegisterEndpoint(baseUrl(), "krr:global/kontaktinformasjon.read", null, null, null)));
        var circuits = circuits(properties);
        var client = new RegisterClients(properties, scope -> {
            throw new IllegalStateException("Maskinporten is unavailable: HTTP 503");
        }, new MockEnvironment(), RestClient.builder(), circuits, new RegisterMetrics(meters, circuits)).client("krr");

        assertThatThrownBy(() -> client.get().uri("/ok").retrieve().body(String.class)).hasMessageContaining("Maskinporten");

        assertThat(circuits.of("krr").snapshot().failures()).isZero();
    }

    private RestClient clientFor(RegisterEndpoint endpoint) {
        var properties = new RegisterProperties(Map.of("folkeregisteret", endpoint));
        circuits = new RegisterCircuits(properties, new RegisterCircuitProperties(3, Duration.ofMinutes(1), Duration.ofSeconds(15)), Clock.systemUTC());
        return new RegisterClients(properties, scope -> "token-for-" + scope, new MockEnvironment(), RestClient.builder(), circuits,
                new RegisterMetrics(meters, circuits)).client("folkeregisteret");
    }

    /** Metrics for clients whose circuits the test does not look at. */
    private RegisterMetrics metrics() {
        return new RegisterMetrics(meters, circuits(new RegisterProperties(Map.of())));
    }

    private Timer calls(String outcome) {
        return meters.get("lifecase.register.calls").tags("register", "folkeregisteret", "outcome", outcome).timer();
    }

    private static RegisterCircuits circuits(RegisterProperties properties) {
        return new RegisterCircuits(properties, new RegisterCircuitProperties(5, Duration.ofMinutes(1), Duration.ofSeconds(15)), Clock.systemUTC());
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
