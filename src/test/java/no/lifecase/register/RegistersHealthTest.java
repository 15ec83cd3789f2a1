package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import no.lifecase.register.RegisterCircuit.Snapshot;
import no.lifecase.register.RegisterCircuit.State;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** What health says of a register's circuit. */
class RegistersHealthTest {

    @Test
    void a_closed_circuit_is_up() {
        var health = RegistersHealth.health(new Snapshot(State.CLOSED, 0, null, null));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).isEqualTo(Map.of("state", "closed", "failures", 0));
    }

    @Test
    void an_open_circuit_says_since_when_and_what_went_wrong() {
        var health = RegistersHealth.health(new Snapshot(State.OPEN, 7, Instant.parse("2026-03-02T08:00:00Z"), "HTTP 503"));

        assertThat(health.getStatus()).isEqualTo(RegistersHealth.CIRCUIT_OPEN);
        assertThat(health.getDetails()).isEqualTo(Map.of("state", "open", "failures", 7, "since", "2026-03-02T08:00:00Z", "lastProblem", "HTTP 503"));
    }

    @Test
    void a_half_open_circuit_is_still_reported_open() {
        var health = RegistersHealth.health(new Snapshot(State.HALF_OPEN, 5, Instant.parse("2026-03-02T08:00:00Z"), "HTTP 500"));

        assertThat(health.getStatus()).isEqualTo(RegistersHealth.CIRCUIT_OPEN);
        assertThat(health.getDetails()).containsEntry("state", "half-open");
    }
}
