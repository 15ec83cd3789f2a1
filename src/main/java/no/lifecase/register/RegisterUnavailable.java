package no.lifecase.register;

import java.time.Duration;
import java.util.Optional;

/**
 * A register did not answer in time, answered 5xx, or asked us to slow down (429). The engine retries
 * the step; when retries run out its incident message names the register, so an operator knows whom to call.
 */
public class RegisterUnavailable extends RuntimeException {

    private final String register;
    private final Duration retryAfter;

    public RegisterUnavailable(String register, String problem, Duration retryAfter, Throwable cause) {
        super(messagePrefix(register) + problem, cause);
        this.register = register;
        this.retryAfter = retryAfter;
    }

    /** How the message, and so the engine's incident message, begins for this register. */
    public static String messagePrefix(String register) {
        return register + " is unavailable: ";
    }

    public String register() {
        return register;
    }

    /** How long the register asked us to wait (429 Retry-After), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
