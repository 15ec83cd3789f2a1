package no.lifecase.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.lifecase.casefile.InvalidField;
import org.junit.jupiter.api.Test;

class KpiPeriodTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutDatesTheLastThirtyDays() {
        var period = KpiPeriod.parse(null, null, clock);

        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(period.from()).isEqualTo(Instant.parse("2026-10-24T10:00:00Z"));
    }

    @Test
    void datesAreWholeDaysInNorwegianTimeBothIncluded() {
        var period = KpiPeriod.parse("2026-11-01", "2026-11-02", clock);

        assertThat(period.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-02T23:00:00Z"));
    }

    @Test
    void datesAndTimesWithAnOffsetAreExact() {
        var period = KpiPeriod.parse("2026-11-01T08:00:00+01:00", "2026-11-01T09:30:00Z", clock);

        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-01T09:30:00Z"));
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> KpiPeriod.parse("yesterday", null, clock)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("from");
        assertThatThrownBy(() -> KpiPeriod.parse(null, "2026-13-01", clock)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> KpiPeriod.parse("2026-11-02", "2026-11-01", clock)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> KpiPeriod.parse("2010-01-01", "2026-11-01", clock)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("from");
    }
}
