package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The date rules of the deadline timers (ADR 0025); how the due date is read is tested through the process tests. */
class TaskDeadlineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void the_reminder_is_two_days_before_the_due_date() {
        var due = NOW.plus(Duration.ofDays(14));
        assertThat(TaskDeadline.reminderAt(due, NOW)).isEqualTo(due.minus(Duration.ofDays(2)));
    }

    @Test
    void the_reminder_is_half_way_when_two_days_before_has_passed() {
        assertThat(TaskDeadline.reminderAt(NOW.plus(Duration.ofDays(2)), NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(TaskDeadline.reminderAt(NOW.plus(Duration.ofHours(30)), NOW)).isEqualTo(NOW.plus(Duration.ofHours(15)));
    }

    @Test
    void a_due_date_already_passed_reminds_at_once_at_the_due_date() {
        var due = NOW.minus(Duration.ofHours(1));
        assertThat(TaskDeadline.reminderAt(due, NOW)).isEqualTo(due);
    }

    @Test
    void a_due_date_just_over_two_days_away_reminds_two_days_before() {
        var due = NOW.plus(Duration.ofDays(2)).plusSeconds(1);
        assertThat(TaskDeadline.reminderAt(due, NOW)).isEqualTo(NOW.plusSeconds(1));
    }
}
