package no.lifecase.benchmark;

import static no.lifecase.benchmark.LifecaseBenchmark.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A day's catch-up: a day of register events held back, then read at once by a tuned node started on a fresh
 * database, as after a night without the feeds. Norway has about 1 100 such events a day: births, deaths, people
 * moving to Norway and new organisations in Enhetsregisteret (the split from SSB's yearly figures, approximate).
 */
final class DayCatchUp {

    /** Shares of a day's events per 1 100: births, deaths and immigrations; the rest are new organisations. */
    private static final int BIRTHS = 140;
    private static final int DEATHS = 120;
    private static final int IMMIGRATIONS = 250;
    private static final int PER = 1100;

    record Result(Map<Workload.Kind, Long> eventsByKind, long casesOpened, double secondsToOpen, double secondsToSettle, double casesPerSecond,
                  double commitsPerCase, Workload.Progress settled, CpuMeter.Use cpu, double startSeconds) {
    }

    private DayCatchUp() {
    }

    static Result run(Rounds rounds, int dayEvents, int publishers, Duration settleTimeout) {
        var database = rounds.database();
        String databaseName = "lifecase_day";
        database.createFresh(databaseName);
        int births = Math.round((float) dayEvents * BIRTHS / PER);
        int deaths = Math.round((float) dayEvents * DEATHS / PER);
        int immigrations = Math.round((float) dayEvents * IMMIGRATIONS / PER);
        int foundings = dayEvents - births - deaths - immigrations;
        var events = new ArrayList<Workload.Event>();
        events.addAll(rounds.people().births(births));
        events.addAll(rounds.people().deaths(deaths));
        events.addAll(rounds.people().immigrations(immigrations));
        events.addAll(rounds.people().foundings(foundings));
        // A day's events come mixed, not grouped by kind.
        Collections.shuffle(events, new Random(PER));

        // The node's feeds start at the day's first event: its settings are taken before the day is published.
        var nodeSettings = rounds.registers().forNode(false);
        var workload = new Workload(database, databaseName);
        var published = rounds.publish(workload, events, publishers);
        log("day: %d events held back in the registers".formatted(published.size()));

        long startAt = System.nanoTime();
        try (var node = rounds.node("day", databaseName, nodeSettings, false)) {
            long readyAt = System.currentTimeMillis();
            double startSeconds = (System.nanoTime() - startAt) / 1e9;
            long commitsBefore = database.commits(databaseName);
            int monitorBefore = workload.monitorTransactions();
            var cpuBefore = rounds.cpu().now();
            var settled = workload.awaitSettled(events.size(), settleTimeout);
            var cpu = rounds.cpu().since(cpuBefore);
            BenchmarkDatabase.sleep(Duration.ofMillis(1500));
            long commits = database.commits(databaseName) - commitsBefore - (workload.monitorTransactions() - monitorBefore);
            var times = workload.caseTimes(published);
            long lastOpened = times.stream().mapToLong(Workload.CaseTimes::openedAt).max().orElseThrow();
            long lastSettled = times.stream().mapToLong(Workload.CaseTimes::settledAt).max().orElseThrow();
            double seconds = (lastSettled - readyAt) / 1e3;
            long cases = workload.count("select count(*) from life_event_case");
            var byKind = published.stream().collect(Collectors.groupingBy(Workload.Published::kind, LinkedHashMap::new, Collectors.counting()));
            var result = new Result(byKind, cases, (lastOpened - readyAt) / 1e3, seconds, cases / seconds, (double) commits / cases, settled, cpu, startSeconds);
            log("day: %d events %s, %d cases settled %.1f s after the node was ready, %.1f cases/s, %.1f transactions per case"
                    .formatted(events.size(), byKind, cases, seconds, result.casesPerSecond(), result.commitsPerCase()));
            return result;
        }
    }
}
