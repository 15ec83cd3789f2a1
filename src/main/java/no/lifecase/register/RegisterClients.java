package no.lifecase.register;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.lifecase.configuration.HttpUrlValidator;
import no.lifecase.register.maskinporten.MaskinportenTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One configured {@link RestClient} per register: base URL and timeouts from configuration, a
 * Maskinporten token for registers that need one, and the failures worth retrying turned into
 * {@link RegisterUnavailable}. Other 4xx answers (404 above all) are left to each client to interpret.
 * Every call's outcome goes to the register's {@link RegisterCircuit}.
 *
 * <p>The settings are checked at start-up, not at the first call (ADR 0040): each entry when it is bound (see
 * {@link RegisterEndpoint}), that every register a client {@linkplain #willCall will call} is configured when the client
 * is made, and each such register's base URL once the server listens and {@code ${local.server.port}} is known.
 */
@Component
@EnableConfigurationProperties(RegisterProperties.class)
public class RegisterClients {

    private static final Logger log = LoggerFactory.getLogger(RegisterClients.class);

    private final RegisterProperties properties;
    private final MaskinportenTokens tokens;
    private final Environment environment;
    private final RestClient.Builder builder;
    private final RegisterCircuits circuits;
    private final RegisterMetrics metrics;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();
    private final Set<String> called = ConcurrentHashMap.newKeySet();

    RegisterClients(RegisterProperties properties, MaskinportenTokens tokens, Environment environment, RestClient.Builder builder,
                    RegisterCircuits circuits, RegisterMetrics metrics) {
        this.properties = properties;
        this.tokens = tokens;
        this.environment = environment;
        this.builder = builder;
        this.circuits = circuits;
        this.metrics = metrics;
    }

    /**
     * Says that the caller will call this register; a client calls it from its constructor, so that a register missing
     * from the configuration stops the start rather than the first call, and only registers some bean calls are checked
     * (profile "simulators" leaves the agencies' exchange and the letter service unconfigured, and never calls them).
     *
     * @throws IllegalStateException if {@code lifecase.registers.<register>} is not configured
     */
    public void willCall(String register) {
        if (!properties.registers().containsKey(register)) {
            throw new IllegalStateException("Register '" + register + "' is not configured: set lifecase.registers." + register
                    + ".base-url (see docs/adr/0040-filter-chain-order-and-validated-settings.md)");
        }
        called.add(register);
    }

    /**
     * Once the server listens, {@code ${local.server.port}} resolves, and so does every placeholder that ever will: a
     * base URL that resolves to anything but an http(s) URL stops the start. One whose placeholder names an environment
     * variable that is not set is the operator's still to give (application.yml): it is logged, and calls to that
     * register fail until it is set.
     */
    @EventListener(WebServerInitializedEvent.class)
    void checkBaseUrls() {
        for (var register : called) {
            var property = "lifecase.registers." + register + ".base-url";
            var baseUrl = properties.registers().get(register).baseUrl();
            String resolved;
            try {
                resolved = environment.resolveRequiredPlaceholders(baseUrl);
            } catch (IllegalArgumentException e) {
                log.warn("{} is not set ({}): calls to register '{}' fail until it is", property, e.getMessage(), register);
                continue;
            }
            if (!HttpUrlValidator.isHttpUrl(resolved)) {
                throw new IllegalStateException(property + " must be an absolute http or https URL with a host, not " + resolved);
            }
        }
    }

    /** The client for the register configured as {@code lifecase.registers.<register>}. */
    public RestClient client(String register) {
        return clients.computeIfAbsent(register, this::build);
    }

    private RestClient build(String register) {
        var endpoint = properties.registers().get(register);
        if (endpoint == null || endpoint.baseUrl() == null) {
            throw new IllegalStateException("No base URL configured for register '" + register + "' (lifecase.registers." + register + ")");
        }
        var requestFactory = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .connectTimeout(endpoint.connectTimeout()).build());
        requestFactory.setReadTimeout(endpoint.readTimeout());
        var client = builder.clone()
                .baseUrl(environment.resolveRequiredPlaceholders(endpoint.baseUrl()))
                .requestFactory(requestFactory)
                .requestInterceptor(watchedBy(circuits.of(register), metrics))
                .defaultStatusHandler(RegisterClients::unavailable, (request, response) -> {
                    throw new RegisterUnavailable(register, "HTTP " + response.getStatusCode().value(),
                            retryAfter(response.getHeaders(), response.getStatusCode(), endpoint), null);
                });
        if (endpoint.needsToken()) {
            client.requestInterceptor((request, body, execution) -> {
                request.getHeaders().setBearerAuth(tokens.accessToken(endpoint.scope()));
                return execution.execute(request, body);
            });
        }
        return client.build();
    }

    /**
     * Time-outs and refused connections are the register being away, not a bug of ours; with 5xx and 429 they count
     * against its circuit, any other answer shows it answers. Outermost, so a Maskinporten failure is not counted, and
     * so the time measured is the register's (to its answer's headers).
     */
    private static ClientHttpRequestInterceptor watchedBy(RegisterCircuit circuit, RegisterMetrics metrics) {
        return (request, body, execution) -> {
            long started = System.nanoTime();
            ClientHttpResponse response;
            try {
                response = execution.execute(request, body);
            } catch (IOException e) {
                metrics.called(circuit.register(), RegisterMetrics.Outcome.UNAVAILABLE, Duration.ofNanos(System.nanoTime() - started));
                var problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                circuit.failed(problem);
                throw new RegisterUnavailable(circuit.register(), problem, null, e);
            }
            var status = response.getStatusCode();
            var took = Duration.ofNanos(System.nanoTime() - started);
            if (unavailable(status)) {
                metrics.called(circuit.register(), RegisterMetrics.Outcome.UNAVAILABLE, took);
                circuit.failed("HTTP " + status.value());
            } else {
                metrics.called(circuit.register(), status.is4xxClientError() ? RegisterMetrics.Outcome.CLIENT_ERROR
                        : RegisterMetrics.Outcome.SUCCESS, took);
                circuit.answered();
            }
            return response;
        };
    }

    private static boolean unavailable(HttpStatusCode status) {
        return status.is5xxServerError() || status.value() == 429;
    }

    private static Duration retryAfter(HttpHeaders headers, HttpStatusCode status, RegisterEndpoint endpoint) {
        var value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (status.value() != 429 || value == null || !value.strip().matches("\\d{1,9}")) {
            return null;
        }
        return endpoint.retryAfterUnit().of(Long.parseLong(value.strip()));
    }
}
