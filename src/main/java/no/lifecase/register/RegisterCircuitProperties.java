package no.lifecase.register;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecase.register-circuit.*}: when a register's circuit opens, and how often {@link RegisterRecovery} looks
 * for jobs a register has stopped (ADR 0038).
 *
 * @param failureThreshold  failures in a row that open the circuit
 * @param openFor           how long the register must be quiet before one stopped job is tried again
 * @param recoveryInterval  how often each node looks for stopped jobs
 */
@ConfigurationProperties("lifecase.register-circuit")
public record RegisterCircuitProperties(
        @DefaultValue("5") int failureThreshold,
        @DefaultValue("1m") Duration openFor,
        @DefaultValue("15s") Duration recoveryInterval) {
}
