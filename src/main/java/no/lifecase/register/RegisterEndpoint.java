package no.lifecase.register;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Where one register is and how to call it. The base URL may name {@code ${local.server.port}}: the
 * simulators run inside this application, so it is resolved at the first call, not at start-up.
 *
 * @param scope the Maskinporten scope the register requires, or none for open data
 * @param retryAfterUnit how the register counts its 429 Retry-After: seconds by RFC 9110, but
 *                       Folkeregisteret says milliseconds
 */
public record RegisterEndpoint(String baseUrl, String scope, Duration connectTimeout, Duration readTimeout,
                               ChronoUnit retryAfterUnit) {

    public RegisterEndpoint {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        retryAfterUnit = retryAfterUnit == null ? ChronoUnit.SECONDS : retryAfterUnit;
    }

    boolean needsToken() {
        return scope != null && !scope.isBlank();
    }
}
