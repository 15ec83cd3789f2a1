package no.lifecase.benchmark;

import java.util.Collection;

/** Median, 95th and 99th percentile (nearest rank) of a set of durations in milliseconds. */
record Percentiles(int count, double median, double p95, double p99, double max) {

    static Percentiles of(Collection<? extends Number> millis) {
        double[] values = millis.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (values.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(values.length, rank(values, 0.50), rank(values, 0.95), rank(values, 0.99), values[values.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return count == 0 ? "no samples" : "%.0f / %.0f / %.0f ms".formatted(median, p95, p99);
    }

}
