package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AgencySlaTest {

    @Test
    void percentiles_are_nearest_rank() {
        var hours = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofHours).toList();
        assertThat(AgencySla.percentile(hours, 50)).isEqualTo(Duration.ofHours(5));
        assertThat(AgencySla.percentile(hours, 90)).isEqualTo(Duration.ofHours(9));
        assertThat(AgencySla.percentile(List.of(Duration.ofHours(7)), 90)).isEqualTo(Duration.ofHours(7));
        assertThat(AgencySla.percentile(List.of(), 50)).isNull();
    }
}
