package no.lifecase.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Resolves the incidents a register's outage raised once the register answers again (ADR 0038). For each register
 * with such incidents: when this node has seen the register answer after an incident was raised, that incident's job
 * gets its retries back; otherwise, once the register's circuit allows a trial, the oldest job gets one retry, and
 * the job executor's call to the register shows whether it is back. Every node does this; a job is handed back only
 * while it still waits without retries, so a second node finds nothing left to do.
 */
@Component
class RegisterRecovery {

    private static final Logger log = LoggerFactory.getLogger(RegisterRecovery.class);

    private final RegisterCircuits circuits;
    private final RegisterIncidents incidents;

    RegisterRecovery(RegisterCircuits circuits, RegisterIncidents incidents) {
        this.circuits = circuits;
        this.incidents = incidents;
    }

    void recover() {
        try {
            circuits.all().forEach(this::recover);
        } catch (RuntimeException e) {
            // the database is away for a moment: the next round tries again
            log.warn("Could not look at the incidents registers raised: {}", e.getMessage());
        }
    }

    private void recover(RegisterCircuit circuit) {
        var register = circuit.register();
        var open = incidents.of(register);
        if (open.isEmpty()) {
            return;
        }
        var answering = circuit.answeringSince();
        if (answering.isPresent()) {
            var since = answering.get();
            var before = open.stream().filter(incident -> incident.getIncidentTimestamp().toInstant().isBefore(since)).toList();
            if (!before.isEmpty()) {
                incidents.retryAll(register, before);
                return;
            }
        }
        if (circuit.startTrial()) {
            incidents.tryOneOf(register, open);
        }
    }
}
