package no.lifecase.benchmark;

import static no.lifecase.benchmark.LifecaseBenchmark.log;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every round of a run shares: the PostgreSQL server, the register JVM, the people and the CPU meter. */
record Rounds(BenchmarkDatabase database, SimulatedRegisters registers, People people, CpuMeter cpu) {

    /**
     * A node on this database that reads every register from the register JVM, its feeds from the next event on.
     * {@code portal}: on the port the test ID-porten sends citizens back to (one such node at a time).
     */
    LifecaseNode node(String name, String databaseName, Map<String, String> settings, boolean portal) {
        var all = new LinkedHashMap<>(registers.forNode(portal));
        all.putAll(settings);
        // The node's own simulators still run (its agencies and letter post are in-process, not HTTP) but serve no
        // register: a small population of their own is enough.
        return LifecaseNode.start(name, database, databaseName, 200, all);
    }

    List<Workload.Published> publish(Workload workload, List<Workload.Event> events, int threads) {
        return workload.publish(registers.baseUrl(), events, threads, registers.positions());
    }

    /** Transactions and CPU per case of one batch of events, published at once to a settled node. */
    record Batch(int cases, double commitsPerCase, CpuMeter.Use cpu) {
    }

    Batch batch(String what, Workload workload, List<Workload.Event> events, int threads, Duration settleTimeout) {
        long casesBefore = workload.count("select count(*) from life_event_case");
        BenchmarkDatabase.sleep(Duration.ofMillis(1500));   // PostgreSQL publishes its counters within a second
        long commitsBefore = database.commits(workload.databaseName());
        int monitorBefore = workload.monitorTransactions();
        var cpuBefore = cpu.now();
        publish(workload, events, threads);
        workload.awaitSettled(casesBefore + events.size(), settleTimeout);
        var use = cpu.since(cpuBefore);
        BenchmarkDatabase.sleep(Duration.ofMillis(1500));
        long commits = database.commits(workload.databaseName()) - commitsBefore - (workload.monitorTransactions() - monitorBefore);
        var result = new Batch(events.size(), (double) commits / events.size(), use);
        log("%s only: %d cases, %.1f transactions per case".formatted(what, events.size(), result.commitsPerCase()));
        return result;
    }
}
