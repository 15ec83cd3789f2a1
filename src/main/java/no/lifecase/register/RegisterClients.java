package no.lifecase.register;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.lifecase.register.maskinporten.MaskinportenTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
 */
@Component
@EnableConfigurationProperties(RegisterProperties.class)
public class RegisterClients {

    private final RegisterProperties properties;
    private final MaskinportenTokens tokens;
    private final Environment environment;
    private final RestClient.Builder builder;
    private final RegisterCircuits circuits;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

    RegisterClients(RegisterProperties properties, MaskinportenTokens tokens, Environment environment, RestClient.Builder builder,
                    RegisterCircuits circuits) {
        this.properties = properties;
        this.tokens = tokens;
        this.environment = environment;
        this.builder = builder;
        this.circuits = circuits;
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
                .requestInterceptor(watchedBy(circuits.of(register)))
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
     * against its circuit, any other answer shows it answers. Outermost, so a Maskinporten failure is not counted.
     */
    private static ClientHttpRequestInterceptor watchedBy(RegisterCircuit circuit) {
        return (request, body, execution) -> {
            ClientHttpResponse response;
            try {
                response = execution.execute(request, body);
            } catch (IOException e) {
                var problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                circuit.failed(problem);
                throw new RegisterUnavailable(circuit.register(), problem, null, e);
            }
            var status = response.getStatusCode();
            if (unavailable(status)) {
                circuit.failed("HTTP " + status.value());
            } else {
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
        return Duration.of(Long.parseLong(value.strip()), endpoint.retryAfterUnit());
    }
}
