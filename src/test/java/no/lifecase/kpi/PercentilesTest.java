package no.lifecase.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(Percentiles.nearestRank(new long[0], 0, 50)).isNull();
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(Percentiles.nearestRank(new long[] {7}, 1, 50)).isEqualTo(7);
        assertThat(Percentiles.nearestRank(new long[] {7}, 1, 90)).isEqualTo(7);
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleValue() {
        // Nearest rank: ceil(0.5 * 4) = 2nd smallest.
        assertThat(Percentiles.nearestRank(new long[] {40, 10, 30, 20}, 4, 50)).isEqualTo(20);
    }

    @Test
    void theNinetiethPercentileOfTenValuesIsTheNinth() {
        long[] values = {100, 90, 80, 70, 60, 50, 40, 30, 20, 10};
        assertThat(Percentiles.nearestRank(values, 10, 90)).isEqualTo(90);
        assertThat(Percentiles.nearestRank(values, 10, 50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(values, 10, 100)).isEqualTo(100);
    }

    @Test
    void theNinetiethPercentileOfElevenValuesRoundsTheRankUp() {
        long[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        // ceil(0.9 * 11) = ceil(9.9) = 10th smallest.
        assertThat(Percentiles.nearestRank(values, 11, 90)).isEqualTo(10);
    }

    @Test
    void onlyTheCountedValuesCountAndTheArrayIsLeftAlone() {
        long[] values = {5, 1, 3, 999, 999};
        assertThat(Percentiles.nearestRank(values, 3, 50)).isEqualTo(3);
        assertThat(values).containsExactly(5, 1, 3, 999, 999);
    }

    @Test
    void aPercentileIsAboveZeroAndAtMostAHundred() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 1, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
