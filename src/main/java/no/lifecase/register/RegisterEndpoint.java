package no.lifecase.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import no.lifecase.configuration.HttpUrl;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Where one register is and how to call it, {@code lifecase.registers.<name>.*}, checked when the settings are bound
 * (ADR 0040). The base URL may name {@code ${local.server.port}}: in the embedded default and the tests the simulators
 * (src/simulators, ADR 0041) run inside this application, so it is resolved at the first call, not at start-up.
 *
 * @param baseUrl        required: an absolute http(s) URL, placeholders allowed
 * @param scope          the Maskinporten scope(s) the register requires, separated by spaces, or none for open data
 * @param connectTimeout positive; 2 s when not set
 * @param readTimeout    positive; 10 s when not set
 * @param retryAfterUnit how the register counts its 429 Retry-After: seconds by RFC 9110, but Folkeregisteret says
 *                       milliseconds
 */
public record RegisterEndpoint(
        @NotBlank @HttpUrl String baseUrl,
        @Pattern(regexp = SCOPES, message = "must be empty (open data) or Maskinporten scopes such as krr:global/kontaktinformasjon.read, "
                + "separated by spaces") String scope,
        @DurationMin(millis = 1, message = "must be positive, such as 2s") Duration connectTimeout,
        @DurationMin(millis = 1, message = "must be positive, such as 10s") Duration readTimeout,
        RetryAfterUnit retryAfterUnit) {

    /** Nothing (open data), a placeholder the operator fills in, or {@code prefix:name} scopes separated by spaces. */
    static final String SCOPES = "|\\$\\{[^}]+}|[\\w-]+:[\\w./:-]+( [\\w-]+:[\\w./:-]+)*";

    public RegisterEndpoint {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        retryAfterUnit = retryAfterUnit == null ? RetryAfterUnit.SECONDS : retryAfterUnit;
    }

    boolean needsToken() {
        return scope != null && !scope.isBlank();
    }

    /** The units a register may count its Retry-After in; any other value stops the start, naming the setting. */
    public enum RetryAfterUnit {
        SECONDS(ChronoUnit.SECONDS),
        MILLIS(ChronoUnit.MILLIS);

        private final ChronoUnit unit;

        RetryAfterUnit(ChronoUnit unit) {
            this.unit = unit;
        }

        Duration of(long amount) {
            return Duration.of(amount, unit);
        }
    }
}
