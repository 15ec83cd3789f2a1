package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParameterTest {

    @Test
    void a_date_is_a_whole_day_in_norway_and_a_date_and_time_needs_its_offset() {
        assertThat(DateParameter.date("from", "2026-11-01")).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(DateParameter.instant("to", "2026-11-01", false)).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(DateParameter.instant("to", "2026-11-01", true)).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(DateParameter.instant("to", "2026-11-01T08:00:00+01:00", true)).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(DateParameter.date("from", " ")).isNull();
        assertThat(DateParameter.instant("to", null, true)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01"})
    void a_year_the_database_cannot_hold_is_the_callers_mistake(String date) {
        assertThatThrownBy(() -> DateParameter.date("from", date)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("from")).hasMessageContaining("from must");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "yesterday",
            "2026-11-01T08:00:00"})
    void an_instant_outside_the_years_or_without_an_offset_is_refused_naming_the_field(String value) {
        assertThatThrownBy(() -> DateParameter.instant("dueBefore", value, false)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("dueBefore"));
    }
}
