package no.lifecase.register;

import java.util.Iterator;
import java.util.LinkedHashMap;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code registers} in {@code /actuator/health}: one component per register with its circuit as this node sees it.
 * An open circuit is {@link #CIRCUIT_OPEN}, ordered after DOWN and OUT_OF_SERVICE and answering HTTP 200
 * (management.endpoint.health.status in application.yml): the node still works while a register is away, so the
 * load balancer keeps it and the readiness probe is not touched (ADR 0038).
 */
@Component("registersHealthContributor")
class RegistersHealth implements CompositeHealthContributor {

    static final Status CIRCUIT_OPEN = new Status("CIRCUIT_OPEN", "a register is away; its jobs wait and are tried again when it answers");

    private final RegisterCircuits circuits;

    RegistersHealth(RegisterCircuits circuits) {
        this.circuits = circuits;
    }

    @Override
    public HealthContributor getContributor(String register) {
        return circuits.all().stream().filter(circuit -> circuit.register().equals(register)).findFirst()
                .map(RegistersHealth::indicator).orElse(null);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return circuits.all().stream()
                .map(circuit -> NamedContributor.of(circuit.register(), (HealthContributor) indicator(circuit)))
                .iterator();
    }

    private static HealthIndicator indicator(RegisterCircuit circuit) {
        return () -> health(circuit.snapshot());
    }

    static Health health(RegisterCircuit.Snapshot circuit) {
        var details = new LinkedHashMap<String, Object>();
        details.put("state", circuit.state().name().toLowerCase().replace('_', '-'));
        details.put("failures", circuit.failures());
        if (circuit.since() != null) {
            details.put("since", circuit.since().toString());
        }
        if (circuit.lastProblem() != null) {
            details.put("lastProblem", circuit.lastProblem());
        }
        var status = circuit.state() == RegisterCircuit.State.CLOSED ? Status.UP : CIRCUIT_OPEN;
        return Health.status(status).withDetails(details).build();
    }
}
