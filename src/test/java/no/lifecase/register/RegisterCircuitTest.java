package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.lifecase.register.RegisterCircuit.State;
import org.junit.jupiter.api.Test;

/** When a register's circuit opens, allows a trial and closes again. */
class RegisterCircuitTest {

    private static final Duration OPEN_FOR = Duration.ofMinutes(1);

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final RegisterCircuit circuit = new RegisterCircuit("krr", 3, OPEN_FOR, clock);

    @Test
    void a_new_circuit_is_closed_and_reports_nothing_wrong() {
        assertThat(circuit.snapshot()).isEqualTo(new RegisterCircuit.Snapshot(State.CLOSED, 0, null, null));
        assertThat(circuit.answeringSince()).isEmpty();
    }

    @Test
    void it_opens_at_the_threshold_of_failures_in_a_row() {
        circuit.failed("HTTP 503");
        circuit.failed("HTTP 503");
        assertThat(circuit.state()).isEqualTo(State.CLOSED);

        clock.step(Duration.ofSeconds(5));
        circuit.failed("HttpTimeoutException: request timed out");

        assertThat(circuit.snapshot()).isEqualTo(new RegisterCircuit.Snapshot(State.OPEN, 3, clock.instant(),
                "HttpTimeoutException: request timed out"));
    }

    @Test
    void an_answer_between_failures_starts_the_count_again() {
        circuit.failed("HTTP 500");
        circuit.failed("HTTP 500");
        circuit.answered();
        circuit.failed("HTTP 500");
        circuit.failed("HTTP 500");

        assertThat(circuit.state()).isEqualTo(State.CLOSED);
        assertThat(circuit.snapshot().failures()).isEqualTo(2);
    }

    @Test
    void it_is_half_open_once_the_register_has_been_quiet_for_the_open_time() {
        openIt();
        clock.step(OPEN_FOR.minusSeconds(1));
        assertThat(circuit.state()).isEqualTo(State.OPEN);

        clock.step(Duration.ofSeconds(1));

        assertThat(circuit.state()).isEqualTo(State.HALF_OPEN);
    }

    @Test
    void a_failure_while_open_keeps_it_open_for_another_open_time_and_keeps_when_it_opened() {
        openIt();
        var opened = clock.instant();
        clock.step(OPEN_FOR.minusSeconds(10));
        circuit.failed("HTTP 502");

        clock.step(Duration.ofSeconds(30));

        assertThat(circuit.snapshot()).isEqualTo(new RegisterCircuit.Snapshot(State.OPEN, 4, opened, "HTTP 502"));
    }

    @Test
    void half_open_allows_one_trial_per_open_time() {
        openIt();
        assertThat(circuit.startTrial()).as("while open").isFalse();
        clock.step(OPEN_FOR);

        assertThat(circuit.startTrial()).isTrue();
        assertThat(circuit.startTrial()).as("the second at once").isFalse();
        assertThat(circuit.state()).as("while the trial runs").isEqualTo(State.OPEN);

        clock.step(OPEN_FOR);
        assertThat(circuit.state()).isEqualTo(State.HALF_OPEN);
        assertThat(circuit.startTrial()).isTrue();
    }

    @Test
    void a_successful_trial_closes_it() {
        openIt();
        clock.step(OPEN_FOR);
        circuit.startTrial();
        clock.step(Duration.ofSeconds(2));

        circuit.answered();

        assertThat(circuit.snapshot()).isEqualTo(new RegisterCircuit.Snapshot(State.CLOSED, 0, null, "HTTP 503"));
        assertThat(circuit.answeringSince()).contains(clock.instant());
    }

    @Test
    void a_failed_trial_opens_it_again() {
        openIt();
        clock.step(OPEN_FOR);
        circuit.startTrial();

        circuit.failed("HTTP 503");

        assertThat(circuit.state()).isEqualTo(State.OPEN);
        assertThat(circuit.startTrial()).isFalse();
    }

    @Test
    void a_node_that_has_seen_no_failure_may_try_at_once_then_once_per_open_time() {
        assertThat(circuit.startTrial()).isTrue();
        assertThat(circuit.startTrial()).isFalse();

        clock.step(OPEN_FOR);

        assertThat(circuit.startTrial()).isTrue();
    }

    @Test
    void a_closed_circuit_with_a_recent_failure_waits_before_a_trial() {
        circuit.failed("HTTP 500");

        assertThat(circuit.startTrial()).isFalse();
        clock.step(OPEN_FOR);
        assertThat(circuit.startTrial()).isTrue();
    }

    @Test
    void it_is_answering_only_while_no_failure_followed_the_last_answer() {
        circuit.answered();
        var answered = clock.instant();
        assertThat(circuit.answeringSince()).contains(answered);

        clock.step(Duration.ofSeconds(1));
        circuit.failed("HTTP 500");

        assertThat(circuit.answeringSince()).isEmpty();
    }

    @Test
    void it_needs_a_threshold_and_an_open_time() {
        assertThatThrownBy(() -> new RegisterCircuit("krr", 0, OPEN_FOR, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegisterCircuit("krr", 3, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private void openIt() {
        for (int failure = 0; failure < 3; failure++) {
            circuit.failed("HTTP 503");
        }
        assertThat(circuit.state()).isEqualTo(State.OPEN);
    }

    /** A clock that moves only when the test says so. */
    private static final class SteppedClock extends Clock {

        private Instant now;

        SteppedClock(Instant start) {
            this.now = start;
        }

        void step(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
