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
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One configured {@link RestClient} per register: base URL and timeouts from configuration, a
 * Maskinporten token for registers that need one, and the failures worth retrying turned into
 * {@link RegisterUnavailable}. Other 4xx answers (404 above all) are left to each client to interpret.
 */
@Component
@EnableConfigurationProperties(RegisterProperties.class)
public class RegisterClients {

    private final RegisterProperties properties;
    private final MaskinportenTokens tokens;
    private final Environment environment;
    private final RestClient.Builder builder;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

    RegisterClients(RegisterProperties properties, MaskinportenTokens tokens, Environment environment, RestClient.Builder builder) {
        this.properties = properties;
        this.tokens = tokens;
        this.environment = environment;
        this.builder = builder;
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
                .requestInterceptor(unreachableAs(register))
                .defaultStatusHandler(status -> status.is5xxServerError() || status.value() == 429, (request, response) -> {
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

    /** Time-outs and refused connections are the register being away, not a bug of ours. */
    private static ClientHttpRequestInterceptor unreachableAs(String register) {
        return (request, body, execution) -> {
            try {
                return execution.execute(request, body);
            } catch (IOException e) {
                throw new RegisterUnavailable(register, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), null, e);
            }
        };
    }

    private static Duration retryAfter(HttpHeaders headers, HttpStatusCode status, RegisterEndpoint endpoint) {
        var value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (status.value() != 429 || value == null || !value.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.of(Long.parseLong(value.strip()), endpoint.retryAfterUnit());
    }
}
