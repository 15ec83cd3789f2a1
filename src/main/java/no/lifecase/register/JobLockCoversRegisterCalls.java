package no.lifecase.register;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import no.lifecase.register.maskinporten.MaskinportenProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a register call may outlast the job executor's lock on the job that makes it: another node
 * would then take the job over while the call still runs (ADR 0038). A call's longest time is the register's connect
 * and read time-outs plus, for a register behind Maskinporten, a token request's connect and read time-outs; the
 * margin is for the job's own work around the call.
 */
@Component
class JobLockCoversRegisterCalls {

    static final Duration MARGIN = Duration.ofSeconds(10);
    /** The engine's own lock time when {@code camunda.bpm.job-execution.lock-time-in-millis} is not set. */
    static final Duration ENGINE_DEFAULT_LOCK_TIME = Duration.ofMinutes(5);

    JobLockCoversRegisterCalls(RegisterProperties registers, MaskinportenProperties maskinporten, CamundaBpmProperties camunda) {
        var lockTimeInMillis = camunda.getJobExecution().getLockTimeInMillis();
        var lockTime = lockTimeInMillis == null ? ENGINE_DEFAULT_LOCK_TIME : Duration.ofMillis(lockTimeInMillis);
        problem(registers.registers(), maskinporten.timeout(), lockTime).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /** What is wrong, if a register's longest call and the margin do not fit in the lock time. */
    static Optional<String> problem(Map<String, RegisterEndpoint> registers, Duration tokenTimeout, Duration lockTime) {
        var longest = registers.entrySet().stream()
                .max(Comparator.comparing(entry -> longestCall(entry.getValue(), tokenTimeout)));
        if (longest.isEmpty()) {
            return Optional.empty();
        }
        var register = longest.get().getKey();
        var endpoint = longest.get().getValue();
        var call = longestCall(endpoint, tokenTimeout);
        if (call.plus(MARGIN).compareTo(lockTime) <= 0) {
            return Optional.empty();
        }
        return Optional.of(("A call to register '%s' may take %s s (connect %s s + read %s s%s) and a job needs %s s more, but the job "
                + "executor locks a job for %s s (camunda.bpm.job-execution.lock-time-in-millis): another node would take the job over "
                + "while the call still runs. Shorten lifecase.registers.%s.connect-timeout/read-timeout (or lifecase.maskinporten.timeout) "
                + "or lengthen the lock time; see docs/adr/0038-register-outages-and-dead-nodes.md.").formatted(
                register, seconds(call), seconds(endpoint.connectTimeout()), seconds(endpoint.readTimeout()),
                endpoint.needsToken() ? " + a Maskinporten token " + seconds(tokenTimeout.multipliedBy(2)) + " s" : "",
                seconds(MARGIN), seconds(lockTime), register));
    }

    static Duration longestCall(RegisterEndpoint endpoint, Duration tokenTimeout) {
        var call = endpoint.connectTimeout().plus(endpoint.readTimeout());
        return endpoint.needsToken() ? call.plus(tokenTimeout.multipliedBy(2)) : call;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds()) : Double.toString(duration.toMillis() / 1000.0);
    }
}
