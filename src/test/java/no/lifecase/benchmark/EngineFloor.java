package no.lifecase.benchmark;

import static no.lifecase.benchmark.LifecaseBenchmark.log;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The engine's floor: what Camunda alone does on this machine with as many asynchronous steps as a Lifecase case takes
 * and no work in them. A chain of empty steps ({@code src/test/resources/benchmark/engine-floor.bpmn}) runs on a node
 * with Lifecase's tuned settings, in a fresh database of its own, in this JVM: the same history level, the same engine
 * plugins (model safety, case history level, Lifecase's parse listeners) and the same job executor as a case.
 */
final class EngineFloor {

    static final String PROCESS = "engine-floor";
    /** Steps in the chain of the model; an instance starts before the step that leaves the steps asked for. */
    static final int CHAIN = 60;
    private static final int WARM_UP = 20;

    record Result(int steps, int instances, double instancesPerSecond, double commitsPerInstance, double seconds,
                  CpuMeter.Use cpu) {
    }

    private EngineFloor() {
    }

    static Result run(Rounds rounds, int steps, int instances, int threads, Duration timeout) {
        if (steps > CHAIN) {
            throw new IllegalArgumentException("The floor's chain has " + CHAIN + " steps, fewer than the " + steps + " asked for");
        }
        var database = rounds.database();
        String databaseName = "lifecase_floor";
        database.createFresh(databaseName);
        try (var node = rounds.node("floor", databaseName, Map.of(), false)) {
            node.bean(RepositoryService.class).createDeployment().name(PROCESS)
                    .addClasspathResource("benchmark/engine-floor.bpmn").deploy();
            var runtime = node.bean(RuntimeService.class);
            String firstStep = "Step_%02d".formatted(CHAIN - steps + 1);
            var workload = new Workload(database, databaseName);

            start(runtime, firstStep, WARM_UP, threads);
            awaitEnded(workload, WARM_UP, timeout);
            BenchmarkDatabase.sleep(Duration.ofMillis(1500));   // PostgreSQL publishes its counters within a second

            long commitsBefore = database.commits(databaseName);
            int monitorBefore = workload.monitorTransactions();
            var cpuBefore = rounds.cpu().now();
            long startedAt = System.currentTimeMillis();
            start(runtime, firstStep, instances, threads);
            long lastEnded = awaitEnded(workload, WARM_UP + instances, timeout);
            var cpu = rounds.cpu().since(cpuBefore);
            BenchmarkDatabase.sleep(Duration.ofMillis(1500));
            long commits = database.commits(databaseName) - commitsBefore - (workload.monitorTransactions() - monitorBefore);
            double seconds = (lastEnded - startedAt) / 1e3;
            var result = new Result(steps, instances, instances / seconds, (double) commits / instances, seconds, cpu);
            log("floor: %d instances of %d steps, %.1f instances/s, %.1f transactions per instance".formatted(instances, steps,
                    result.instancesPerSecond(), result.commitsPerInstance()));
            return result;
        }
    }

    /** Starts the instances from a few threads, as fast as the engine takes them, each its own transaction. */
    private static void start(RuntimeService runtime, String firstStep, int count, int threads) {
        var queue = new ConcurrentLinkedQueue<Integer>();
        for (int i = 0; i < count; i++) {
            queue.add(i);
        }
        Workload.runAll(threads, () -> {
            for (Integer i = queue.poll(); i != null; i = queue.poll()) {
                runtime.createProcessInstanceByKey(PROCESS).startBeforeActivity(firstStep).execute();
            }
        });
    }

    /** Waits until this many instances have ended; the time the last one ended. */
    private static long awaitEnded(Workload workload, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        var ended = new long[2];   // how many, and when the last one ended
        while (true) {
            workload.read("select count(*), coalesce(max(end_time_), now()) from act_hi_procinst where proc_def_key_ = '"
                    + PROCESS + "' and end_time_ is not null", rs -> {
                try {
                    ended[0] = rs.getLong(1);
                    ended[1] = rs.getTimestamp(2).getTime();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (ended[0] >= count) {
                return ended[1];
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + ended[0] + " of " + count + " floor instances ended after " + timeout);
            }
            BenchmarkDatabase.sleep(Duration.ofMillis(100));
        }
    }
}
