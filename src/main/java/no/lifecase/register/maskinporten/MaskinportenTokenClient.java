package no.lifecase.register.maskinporten;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Tokens from Maskinporten by the JWT bearer grant (RFC 7523), one cached per scope until shortly
 * before it expires. Callers for a scope without a usable token wait for one request, not one each.
 */
@Component
@EnableConfigurationProperties(MaskinportenProperties.class)
class MaskinportenTokenClient implements MaskinportenTokens {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final MaskinportenProperties properties;
    private final Environment environment;
    private final Clock clock;
    private final RestClient http;
    private final GrantAssertion grant;   // null while no client is configured: the application still starts
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    MaskinportenTokenClient(MaskinportenProperties properties, Environment environment, Clock clock, RestClient.Builder http) {
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
        var requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requestFactory.setReadTimeout(properties.timeout());
        this.http = http.clone().requestFactory(requestFactory).build();
        this.grant = StringUtils.hasText(properties.clientId()) && StringUtils.hasText(properties.privateKey())
                ? new GrantAssertion(properties.clientId(), properties.keyId(), properties.privateKey(), clock)
                : null;
    }

    @Override
    public String accessToken(String scope) {
        var token = tokens.get(scope);
        if (usable(token)) {
            return token.value();
        }
        var lock = locks.computeIfAbsent(scope, s -> new ReentrantLock());
        lock.lock();
        try {
            token = tokens.get(scope);   // another caller may have fetched it while we waited
            if (!usable(token)) {
                token = fetch(scope);
                tokens.put(scope, token);
            }
            return token.value();
        } finally {
            lock.unlock();
        }
    }

    private boolean usable(AccessToken token) {
        return token != null && token.usableAt(clock.instant(), properties.expirySkew());
    }

    private AccessToken fetch(String scope) {
        if (grant == null) {
            throw new MaskinportenUnavailable("no client configured (lifecase.maskinporten.client-id and private-key)", null);
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", JWT_BEARER);
        // Resolved now, not at start-up: in the simulators profile the port is known only once the server runs.
        form.add("assertion", grant.signed(scope, environment.resolveRequiredPlaceholders(properties.audience())));
        var requested = clock.instant();
        TokenResponse response;
        try {
            response = http.post()
                    .uri(environment.resolveRequiredPlaceholders(properties.tokenUrl()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, reply) -> {
                        throw MaskinportenUnavailable.answered(reply.getStatusCode());
                    })
                    .body(TokenResponse.class);
        } catch (RestClientException e) {
            throw new MaskinportenUnavailable("the token endpoint could not be reached or gave an unreadable answer", e);
        }
        if (response == null || !StringUtils.hasText(response.accessToken())) {
            throw new MaskinportenUnavailable("the token endpoint answered without an access token", null);
        }
        // Counted from when we asked, so the time the answer took is not credited to the token.
        return new AccessToken(response.accessToken(), requested.plus(Duration.ofSeconds(response.expiresIn())));
    }
}
