package no.lifecase.benchmark;

import java.util.List;
import java.util.Map;

/** Two nodes on one database, reading the same feeds. */
final class TwoNodeResult {

    double openedPerSecond;
    double settledPerSecond;
    Percentiles settleLatency;
    long commits;
    Workload.Progress settled;
    List<Double> eventsByNode;
    List<Integer> noticesByNode;
    long noticesDeliveredTwice;
    Map<String, Long> duplicates;
    CpuMeter.Use cpu = CpuMeter.Use.NONE;

    boolean noDoubleHandling() {
        return noticesDeliveredTwice == 0 && duplicates.values().stream().allMatch(count -> count == 0);
    }
}
