package no.lifecase.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import no.lifecase.register.RegisterProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Faults injected into the simulated registers, by register name as in {@code lifecase.registers.<name>}.
 * {@link SimulatorFaultFilter} applies them to every request under the register's path, before security,
 * as a network or an overloaded register would. Tests inject a fault, watch the engine retry or raise an
 * incident, and {@link #clear()} afterwards: faults are shared by the whole application.
 */
@Component
@Profile("simulators")
public class SimulatorFaults {

    private static final Pattern URL_PATH = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+(/.*)?$");
    private static final Duration DEFAULT_HOLD = Duration.ofSeconds(12);

    private final RegisterProperties registers;
    private final Map<String, Injected> faults = new ConcurrentHashMap<>();
    private final Map<String, String> paths = new ConcurrentHashMap<>();
    private final Map<String, IntFunction<String>> errorBodies = new ConcurrentHashMap<>();

    /** Spring builds it; tests may too. */
    public SimulatorFaults(RegisterProperties registers) {
        this.registers = registers;
    }

    /** Every request to the register fails this way until {@link #clear}. */
    public void inject(String register, Fault fault) {
        faults.put(register, new Injected(fault, null));
    }

    /** The next {@code times} requests to the register fail this way; then it answers normally again. */
    public void inject(String register, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        faults.put(register, new Injected(fault, new AtomicInteger(times)));
    }

    /** Every register answers normally again. */
    public void clear() {
        faults.clear();
    }

    public void clear(String register) {
        faults.remove(register);
    }

    /**
     * Where the simulator serves the register, when it is not the path of {@code lifecase.registers.<name>.base-url}
     * (or the register has no client here, like Maskinporten).
     */
    public void servesAt(String register, String pathPrefix) {
        paths.put(register, pathPrefix);
    }

    /** The body the register sends with an error status, e.g. Folkeregisteret's {@code {"kode","melding"}}. */
    public void describeErrors(String register, IntFunction<String> bodyForStatus) {
        errorBodies.put(register, bodyForStatus);
    }

    /** The fault for this request, if one is injected for its register; counts it against {@code times}. */
    Optional<Applicable> faultFor(String requestPath) {
        for (var entry : faults.entrySet()) {
            var register = entry.getKey();
            if (under(requestPath, pathOf(register)) && entry.getValue().take()) {
                if (entry.getValue().spent()) {
                    faults.remove(register, entry.getValue());
                }
                return Optional.of(new Applicable(register, entry.getValue().fault()));
            }
        }
        return Optional.empty();
    }

    String errorBody(String register, int status) {
        var body = errorBodies.get(register);
        return body != null ? body.apply(status) : "{\"status\":" + status + "}";
    }

    /** How long a {@link Fault#down()} register holds a request: past the client's read timeout. */
    Duration holdFor(String register, Fault.Down down) {
        if (down.hold() != null) {
            return down.hold();
        }
        var endpoint = registers.registers().get(register);
        return endpoint == null ? DEFAULT_HOLD : endpoint.readTimeout().plusSeconds(1);
    }

    private String pathOf(String register) {
        var path = paths.get(register);
        if (path != null) {
            return path;
        }
        var endpoint = registers.registers().get(register);
        if (endpoint != null && endpoint.baseUrl() != null) {
            var matcher = URL_PATH.matcher(endpoint.baseUrl());
            if (matcher.matches() && matcher.group(1) != null) {
                return matcher.group(1);
            }
        }
        return "/" + register;
    }

    private static boolean under(String requestPath, String prefix) {
        var base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return requestPath.equals(base) || requestPath.startsWith(base + "/");
    }

    record Applicable(String register, Fault fault) {
    }

    /** @param remaining null: until cleared */
    private record Injected(Fault fault, AtomicInteger remaining) {

        boolean take() {
            return remaining == null || remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }

        boolean spent() {
            return remaining != null && remaining.get() == 0;
        }
    }
}
