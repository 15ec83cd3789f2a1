package no.lifecase.kpi;

import java.util.Arrays;

/**
 * Nearest-rank percentiles (the smallest value with at least p % of the values at or below it), as the agencies'
 * SLA figures use: always a value that occurred, never an interpolation between two cases.
 */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile of the values, or null for none. Sorts a copy; the values are not changed. */
    static Long nearestRank(long[] values, int count, int percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is above 0 and at most 100: " + percent);
        }
        if (count == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
