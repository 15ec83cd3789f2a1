package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T22:30:00.123Z");

    @Test
    void an_id_is_26_lower_case_characters_and_no_two_are_the_same() {
        var ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));
        var made = IntStream.range(0, 100_000).mapToObj(i -> ids.getNextId()).toList();
        assertThat(made).allSatisfy(id -> assertThat(id).hasSize(26).matches("[0-9a-hjkmnp-tv-z]+"));
        assertThat(new HashSet<>(made)).hasSize(made.size());
    }

    @Test
    void its_first_ten_characters_are_the_millisecond_it_was_made_in() {
        var id = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC)).getNextId();
        assertThat(decode(id.substring(0, 10))).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void ids_sort_by_the_time_they_were_made_in_as_text() {
        var earlier = List.of(new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC)).getNextId(),
                new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC)).getNextId());
        var later = new TimeOrderedIds(Clock.fixed(NOW.plusMillis(1), ZoneOffset.UTC)).getNextId();
        assertThat(earlier).allSatisfy(id -> assertThat(id).isLessThan(later));
    }

    private static long decode(String digits) {
        long value = 0;
        for (char digit : digits.toCharArray()) {
            value = value * 32 + "0123456789abcdefghjkmnpqrstvwxyz".indexOf(digit);
        }
        return value;
    }
}
