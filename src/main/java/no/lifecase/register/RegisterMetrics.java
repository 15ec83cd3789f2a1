package no.lifecase.register;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Each register's calls as this node made them (docs/adr/0048-operators-see-lifecase.md):
 * {@code lifecase.register.calls{register,outcome}}, a timer with buckets from 25 ms to 30 s;
 * {@code lifecase.register.errors{register}}, the calls that count against the register's circuit (time-outs, refused
 * connections, 5xx and 429); and {@code lifecase.register.circuit.open{register}}, 1 while its circuit is open or half
 * open. Every configured register has its calls (each outcome), errors and circuit from the start, so an alert sees 0,
 * not "no data", and a rate sees the first call as an increase (a series that appears with the call holding 1 has none).
 */
@Component
class RegisterMetrics {

    static final String CALLS = "lifecase.register.calls";
    static final String ERRORS = "lifecase.register.errors";
    static final String CIRCUIT_OPEN = "lifecase.register.circuit.open";

    /** What became of a call, as the circuit sees it. */
    enum Outcome {
        /** 2xx or 3xx. */
        SUCCESS,
        /** A 4xx other than 429: the register answered, and refused or did not find what was asked (a 404 is normal). */
        CLIENT_ERROR,
        /** No answer in time, no connection, 5xx or 429: the register is away or overloaded. */
        UNAVAILABLE;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Duration[] BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;

    RegisterMetrics(MeterRegistry registry, RegisterCircuits circuits) {
        this.registry = registry;
        for (var circuit : circuits.all()) {
            for (var outcome : Outcome.values()) {
                calls(circuit.register(), outcome);
            }
            errors(circuit.register());
            Gauge.builder(CIRCUIT_OPEN, circuit, RegisterMetrics::isOpen)
                    .description("1 while the register's circuit on this node is open or half open")
                    .tag("register", circuit.register()).register(registry);
        }
    }

    void called(String register, Outcome outcome, Duration took) {
        calls(register, outcome).record(took);
        if (outcome == Outcome.UNAVAILABLE) {
            errors(register).increment();
        }
    }

    private Timer calls(String register, Outcome outcome) {
        return Timer.builder(CALLS).description("Calls to the register from this node, by outcome")
                .tags("register", register, "outcome", outcome.tag())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private Counter errors(String register) {
        return Counter.builder(ERRORS).description("Calls to the register from this node that found it unavailable")
                .tag("register", register).register(registry);
    }

    private static double isOpen(RegisterCircuit circuit) {
        return circuit.state() == RegisterCircuit.State.CLOSED ? 0 : 1;
    }
}
