package no.lifecase.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a register answers, as this node has seen its calls: closed while it does; open after
 * {@code failureThreshold} {@link RegisterUnavailable} failures in a row; half-open once it has been quiet (no failure,
 * no trial) for {@code openFor}, when one job stopped by it may be tried again ({@link RegisterRecovery}).
 * It refuses no call: the models' retry cycles pace the calls to a failing register (ADR 0038).
 */
public class RegisterCircuit {

    private static final Logger log = LoggerFactory.getLogger(RegisterCircuit.class);

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    /**
     * What health reports of the circuit.
     *
     * @param since       when it opened, while it is open or half-open
     * @param lastProblem what the latest failure was, e.g. {@code HTTP 503}
     */
    public record Snapshot(State state, int failures, Instant since, String lastProblem) {
    }

    private final String register;
    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private int failures;
    private Instant openedAt;
    private Instant lastFailureAt;
    private Instant lastTrialAt;
    private Instant lastAnsweredAt;
    private String lastProblem;

    public RegisterCircuit(String register, int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1 || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("A register circuit needs a failure threshold of at least 1 and a positive open time");
        }
        this.register = register;
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public String register() {
        return register;
    }

    /** The register answered (any answer but 5xx and 429: a 404 is an answer too). */
    public synchronized void answered() {
        if (openedAt != null) {
            log.info("{} answers again after {} failures in a row; its circuit is closed", register, failures);
        }
        failures = 0;
        openedAt = null;
        lastAnsweredAt = clock.instant();
    }

    /** A call ended in {@link RegisterUnavailable}: a time-out, a refused connection, 5xx or 429. */
    public synchronized void failed(String problem) {
        var now = clock.instant();
        failures++;
        lastFailureAt = now;
        lastProblem = problem;
        if (failures == failureThreshold) {
            openedAt = now;
            log.warn("{} failed {} times in a row (last: {}); its circuit is open", register, failures, problem);
        }
    }

    public synchronized State state() {
        if (failures < failureThreshold) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(quietSince().plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }

    /**
     * Whether one stopped job may be tried now; if so, the trial is counted, and the next one waits another
     * {@code openFor}. Only after the register has been quiet that long: while it fails, a trial would fail too.
     */
    public synchronized boolean startTrial() {
        var now = clock.instant();
        var quiet = quietSince();
        if (quiet != null && now.isBefore(quiet.plus(openFor))) {
            return false;
        }
        lastTrialAt = now;
        return true;
    }

    /** When the register last answered, if it has not failed since. */
    public synchronized Optional<Instant> answeringSince() {
        return failures == 0 ? Optional.ofNullable(lastAnsweredAt) : Optional.empty();
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(state(), failures, openedAt, lastProblem);
    }

    private Instant quietSince() {
        if (lastFailureAt == null || lastTrialAt == null) {
            return lastFailureAt != null ? lastFailureAt : lastTrialAt;
        }
        return lastFailureAt.isAfter(lastTrialAt) ? lastFailureAt : lastTrialAt;
    }
}
