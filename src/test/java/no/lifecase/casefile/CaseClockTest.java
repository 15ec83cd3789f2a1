package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseClockTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void the_running_time_leaves_out_the_stops_within_the_interval() {
        var stops = List.of(stop(1, 3), stop(-5, -4), stop(9, 12));
        // 10 days, minus days 1-3 and the part of 9-12 before day 10; the stop before the start does not count.
        assertThat(CaseClock.runningTime(T0, day(10), stops)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void overlapping_stops_count_once_and_an_open_stop_counts_to_the_end() {
        var open = new CaseClockStop("LE-2026-000001", "root", "task-3", day(6));
        var stops = List.of(stop(1, 4), stop(2, 5), open);
        assertThat(CaseClock.runningTime(T0, day(8), stops)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void without_stops_the_running_time_is_the_calendar_time() {
        assertThat(CaseClock.runningTime(T0, day(3), List.of())).isEqualTo(Duration.ofDays(3));
    }

    private static CaseClockStop stop(int fromDay, int toDay) {
        var stop = new CaseClockStop("LE-2026-000001", "root", "task-" + fromDay, day(fromDay));
        stop.end(day(toDay));
        return stop;
    }

    private static Instant day(int day) {
        return T0.plus(Duration.ofDays(day));
    }
}
