package no.lifecase.simulator;

import java.time.Duration;
import java.util.Map;

/**
 * A way for a simulated register to misbehave, injected with {@link SimulatorFaults#inject}, so tests can show
 * what the engine does when a register is slow, throttles, fails or is away.
 */
public sealed interface Fault {

    /** Answers normally, but only after this delay. */
    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    /**
     * 429 with a {@code Retry-After} header, given as the register writes it: Folkeregisteret counts milliseconds,
     * RFC 9110 seconds.
     */
    static Fault tooManyRequests(String retryAfter) {
        return new Answer(429, Map.of("Retry-After", retryAfter));
    }

    /** 500 with the register's own error body. */
    static Fault serverError() {
        return new Answer(500, Map.of());
    }

    /** Any status with the register's error body, e.g. 503. */
    static Fault status(int status) {
        return new Answer(status, Map.of());
    }

    /**
     * Away: holds the request until the client's read timeout (from {@code lifecase.registers.<name>.read-timeout})
     * has passed, then gives up with 503. A servlet cannot refuse a connection, so this is as close as it gets.
     */
    static Fault down() {
        return new Down(null);
    }

    /** Away for exactly this long, for registers without a configured client. */
    static Fault down(Duration hold) {
        return new Down(hold);
    }

    record Slow(Duration delay) implements Fault {
    }

    record Answer(int status, Map<String, String> headers) implements Fault {
        public Answer {
            headers = Map.copyOf(headers);
        }
    }

    /** @param hold null: until the configured read timeout has passed */
    record Down(Duration hold) implements Fault {
    }
}
