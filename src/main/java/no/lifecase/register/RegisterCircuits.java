package no.lifecase.register;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** One {@link RegisterCircuit} per register of {@code lifecase.registers}, kept by this node. */
@Component
@EnableConfigurationProperties(RegisterCircuitProperties.class)
public class RegisterCircuits {

    private final RegisterCircuitProperties properties;
    private final Clock clock;
    private final Map<String, RegisterCircuit> circuits = new ConcurrentSkipListMap<>();

    public RegisterCircuits(RegisterProperties registers, RegisterCircuitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        registers.registers().keySet().forEach(this::of);   // health lists every register, called yet or not
    }

    public RegisterCircuit of(String register) {
        return circuits.computeIfAbsent(register,
                name -> new RegisterCircuit(name, properties.failureThreshold(), properties.openFor(), clock));
    }

    /** By register name. */
    public Collection<RegisterCircuit> all() {
        return circuits.values();
    }
}
