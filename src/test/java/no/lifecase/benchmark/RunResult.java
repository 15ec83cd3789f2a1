package no.lifecase.benchmark;

import java.util.Map;

/** What one configuration did with the workload. */
final class RunResult {

    final String name;
    final Map<String, String> settings;
    double startSeconds;
    double publishSeconds;
    double workloadSeconds;
    double openedPerSecond;
    double settledPerSecond;
    Percentiles openLatency;
    Percentiles settleLatency;
    double backgroundCommitsPerSecond;
    long commits;
    long rollbacks;
    Workload.Progress settled;
    long sizeBefore;
    long sizeAfter;
    Map<String, Long> tables;
    long heapAfterGc;
    long heapAfterGcEnd;
    long openCases;
    Workload.Completions completions;
    long completionCommits;
    Workload.PortalLoad portal;
    Workload.PortalLoad portalReading;
    int timersRun;
    long closedCases;
    long sizeAfterClosing;
    long sizeAtStart;
    long compactedSizeAfterClosing;
    long compactedSizeAfterRetention;
    long runtimeSizeAtStart;
    long compactedRuntimeSizeAfterClosing;
    Map<String, Long> tablesAfterClosing;
    long historyRowsBeforeCleanup;
    long historyRowsAfterCleanup;
    long finishedInstancesBeforeCleanup;
    long finishedInstancesAfterCleanup;
    String cleanupFailure;
    long caseFileRowsBeforeRetention;
    long caseFileRowsAfterRetention;
    long casesDeletedByRetention;
    /** CPU of each process from the first event published to every case settled. */
    CpuMeter.Use cpu = CpuMeter.Use.NONE;
    /** Tuned only: a batch of births alone, then one of deaths alone. */
    Rounds.Batch births;
    Rounds.Batch deaths;

    RunResult(String name, Map<String, String> settings) {
        this.name = name;
        this.settings = settings;
    }

    double commitsPerCase(int events) {
        return (double) commits / events;
    }

    double commitsPerSecond() {
        return commits / workloadSeconds;
    }

    /** Commits above the background of idle polling: the ones the workload caused. */
    double usefulCommitsPerSecond() {
        return Math.max(0, commits - backgroundCommitsPerSecond * workloadSeconds) / workloadSeconds;
    }

    /** Growth from before the workload to after the births were closed, per case (births closed, deaths open). */
    /** What each case of the run (warm-up included) keeps in the database once dead rows are gone. */
    double compactedBytesPerCase(long compactedSize, int cases) {
        return (double) (compactedSize - sizeAtStart) / cases;
    }

    /** The same without the engine's runtime rows, which only the cases still open have: what a closed case keeps. */
    double compactedBytesPerClosedCase(int cases) {
        return (double) (compactedSizeAfterClosing - sizeAtStart - (compactedRuntimeSizeAfterClosing - runtimeSizeAtStart)) / cases;
    }

    double bytesPerCaseOverItsLife(int events) {
        return (double) (sizeAfterClosing - sizeBefore) / events;
    }

    double bytesPerCase(int events) {
        return (double) (sizeAfter - sizeBefore) / events;
    }
}
