package no.lifecase.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.casefile.CaseFileRetention;
import no.lifecase.simulator.agency.SimulatedAgencies;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * Life-event throughput and latency on PostgreSQL, Camunda's stock settings side by side with Lifecase's own, in one
 * run on one machine, with the simulated registers in a JVM of their own ({@link SimulatedRegisters}); then a day's
 * catch-up ({@link DayCatchUp}), the engine's floor ({@link EngineFloor}) and two nodes on one database. Writes
 * {@code target/benchmark-report.md} and {@code target/benchmark-figures.properties} ({@link KeyFigures}). Not a test: it asserts
 * nothing about speed, only that the work was done (every event opened its case, nothing was handled twice).
 * Run with {@code ./mvnw -Pbenchmark verify} (see README and docs/performance.md).
 */
class LifecaseBenchmark {

    /** Camunda's stock settings (the Spring Boot starter's and the engine's defaults), set explicitly over Lifecase's own. */
    static final Map<String, String> STOCK = stock();

    private static Map<String, String> stock() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("camunda.bpm.history-level", "full");
        settings.put("camunda.bpm.job-execution.core-pool-size", "3");
        settings.put("camunda.bpm.job-execution.max-pool-size", "10");
        settings.put("camunda.bpm.job-execution.queue-capacity", "3");
        settings.put("camunda.bpm.job-execution.max-jobs-per-acquisition", "3");
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", "5000");
        settings.put("camunda.bpm.job-execution.max-wait", "60000");
        settings.put("camunda.bpm.job-execution.lock-time-in-millis", "300000");
        settings.put("camunda.bpm.job-execution.backoff-time-in-millis", "0");
        settings.put("camunda.bpm.job-execution.max-backoff", "0");
        settings.put("camunda.bpm.generic-properties.properties.jdbcBatchProcessing", "true");
        // Lifecase's own settings as they were before tuning: no multi-row inserts, no Hibernate batches.
        settings.put("spring.datasource.hikari.maximum-pool-size", "20");
        settings.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "false");
        settings.put("spring.jpa.properties.hibernate.jdbc.batch_size", "0");
        settings.put("spring.jpa.properties.hibernate.order_inserts", "false");
        settings.put("spring.jpa.properties.hibernate.order_updates", "false");
        return settings;
    }

    /**
     * Lifecase's settings with one change taken back, to show what that change buys ({@code -Dbenchmark.variants=
     * history,job-executor,batching}): only the register events are measured.
     */
    static final Map<String, Map<String, String>> VARIANTS = Map.of(
            "history", Map.of("camunda.bpm.history-level", "full"),
            "job-executor", subset("camunda.bpm.job-execution."),
            "batching", subset("spring.jpa.properties.hibernate.", "spring.datasource.hikari.data-source-properties."));

    private static Map<String, String> subset(String... prefixes) {
        var settings = new LinkedHashMap<String, String>();
        STOCK.forEach((key, value) -> {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    settings.put(key, value);
                }
            }
        });
        return settings;
    }

    private final List<String> variants = List.of(System.getProperty("benchmark.variants", "").split(",")).stream()
            .map(String::trim).filter(name -> !name.isEmpty()).toList();
    private final int events = Integer.getInteger("benchmark.events", 100);
    private final int warmUp = Integer.getInteger("benchmark.warm-up", 10);
    private final int users = Integer.getInteger("benchmark.users", 50);
    private final int caseworkers = Integer.getInteger("benchmark.caseworkers", 8);
    private final int publishers = Integer.getInteger("benchmark.publishers", 4);
    private final Duration portalTime = Duration.ofSeconds(Long.getLong("benchmark.portal-seconds", 20));
    private final boolean secondRound = Boolean.parseBoolean(System.getProperty("benchmark.second-round", "true"));
    private final boolean twoNodes = Boolean.parseBoolean(System.getProperty("benchmark.two-nodes", "true"));
    private final boolean day = Boolean.parseBoolean(System.getProperty("benchmark.day", "true"));
    private final int dayEvents = Integer.getInteger("benchmark.day-events", 1100);
    private final boolean floor = Boolean.parseBoolean(System.getProperty("benchmark.floor", "true"));
    /**
     * The asynchronous steps of a case after the transaction that opens it, births and deaths alternating: a birth
     * takes 4 (three jobs and Nav's receipt), a death with a spouse 13 (docs/adr/0065-fewer-transactions-per-case.md).
     * Counted from the models, not from the measured transactions, which also hold the job executor's acquisitions.
     */
    private final int floorSteps = Integer.getInteger("benchmark.floor-steps", 9);
    private final int batch = Integer.getInteger("benchmark.life-event-batch", 20);
    private final int populationSize = Integer.getInteger("benchmark.population", defaultPopulation());
    private final Duration settleTimeout = Duration.ofMinutes(Long.getLong("benchmark.settle-minutes", 15));
    private final int openCases = Integer.getInteger("benchmark.open-cases", 0);
    private final long closedCases = Long.getLong("benchmark.closed-cases", 0);

    /**
     * Every round uses people of its own (the registers live for the whole run): a birth and a death for every two
     * events of each round, and the day's deaths. About one person in 26 of the simulated population is 70 or more
     * (and may die in the benchmark), far fewer than the possible mothers and founders: the deaths decide the size.
     */
    private int defaultPopulation() {
        int rounds = 2 + (secondRound ? 2 : 0) + variants.size() + (twoNodes ? 1 : 0);
        int deaths = Math.min(events, 60) / 2 + rounds * (warmUp + events + 1) / 2 + batch
                + (day ? Math.round(dayEvents * 120f / 1100) : 0);
        return Math.max(3000, 30 * deaths);
    }

    @Test
    void life_events_on_postgresql() throws Exception {
        if (openCases > 0) {
            manyOpenCases();
            return;
        }
        var report = new BenchmarkReport(events, warmUp, users, caseworkers, populationSize);
        var people = People.of(populationSize);
        log("Population of " + populationSize + ": " + people);
        try (var database = BenchmarkDatabase.start(); var registers = SimulatedRegisters.start(populationSize)) {
            report.database = database.describe();
            log("PostgreSQL: " + report.database);
            log("Simulated registers: pid %d at %s".formatted(registers.pid(), registers.baseUrl()));
            var cpu = new CpuMeter(registers, database);
            var rounds = new Rounds(database, registers, people, cpu);
            report.commitRateBefore = database.commitRate(8, Duration.ofSeconds(5));
            log("Commit-rate reference: %.0f commits/s".formatted(report.commitRateBefore));

            warmUpTheJvm(rounds);
            report.stock = run("stock", STOCK, rounds);
            report.tuned = run("tuned", Map.of(), rounds);
            lifeEventsAlone(rounds, report.tuned);
            // A second round in reverse order (register events only), so that a machine growing busier or quieter
            // during the run favours neither configuration: the targets use the mean of both rounds.
            if (secondRound) {
                report.tunedAgain = run("tuned-again", Map.of(), rounds);
                report.stockAgain = run("stock-again", STOCK, rounds);
            }
            for (String variant : variants) {
                if (!VARIANTS.containsKey(variant)) {
                    throw new IllegalArgumentException("benchmark.variants: one of " + VARIANTS.keySet());
                }
                report.variants.put(variant, run("without-" + variant, VARIANTS.get(variant), rounds));
            }
            if (day) {
                report.day = DayCatchUp.run(rounds, dayEvents, publishers, settleTimeout);
            }
            if (floor) {
                report.floor = EngineFloor.run(rounds, floorSteps, events, publishers, settleTimeout);
            }
            if (twoNodes) {
                report.twoNodes = twoNodes(rounds);
            }
            report.commitRateAfter = database.commitRate(8, Duration.ofSeconds(5));
            log("Commit-rate reference after: %.0f commits/s".formatted(report.commitRateAfter));
        }
        report.previous = KeyFigures.previous();
        var file = Path.of("target", "benchmark-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.markdown());
        KeyFigures.write(report.figures(), Path.of("target", "benchmark-figures.properties"));
        log("Report: " + file.toAbsolutePath());
        System.out.println(report.markdown());
        report.checkWorkWasDone();
    }

    /**
     * A node that works through a few rounds of events and is not measured, so that the JIT has compiled what a case
     * runs before the first configuration is timed; otherwise the configuration that runs first pays for it.
     */
    private void warmUpTheJvm(Rounds rounds) {
        rounds.database().createFresh("lifecase_jvm_warm_up");
        try (var node = rounds.node("jvmwarmup", "lifecase_jvm_warm_up", Map.of(), false)) {
            var workload = new Workload(rounds.database(), "lifecase_jvm_warm_up");
            int jvmWarmUpEvents = Math.min(events, 60);
            rounds.publish(workload, rounds.people().birthsAndDeaths(jvmWarmUpEvents), publishers);
            workload.awaitSettled(jvmWarmUpEvents, settleTimeout);
        }
        log("JVM warmed up");
    }

    /** The open-cases measurement alone ({@link ManyOpenCases}), in a JVM where no other node has run. */
    private void manyOpenCases() throws IOException {
        ManyOpenCases.Result result;
        try (var database = BenchmarkDatabase.start()) {
            log("PostgreSQL: " + database.describe());
            result = ManyOpenCases.run(database, openCases, closedCases, users, portalTime, settleTimeout);
        }
        var file = Path.of("target", "benchmark-open-cases.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, result.markdown(users));
        log("Report: " + file.toAbsolutePath());
        System.out.println(result.markdown(users));
        if (result.portal().loggedIn() == 0) {
            throw new AssertionError("No citizen could log in to the portal: " + result.portal().firstFailure());
        }
        for (var latencies : List.of(result.nearlyEmpty(), result.atScale())) {
            if (latencies.worklist().failed() > 0 || latencies.worklist().latency().count() == 0) {
                throw new AssertionError("The worklist's first page failed with " + latencies.openCases() + " open cases: "
                        + latencies.worklist().firstFailure());
            }
        }
    }

    private RunResult run(String name, Map<String, String> settings, Rounds rounds) {
        var database = rounds.database();
        String databaseName = "lifecase_" + name.replace('-', '_');
        database.createFresh(databaseName);
        var result = new RunResult(name, settings);
        long startAt = System.nanoTime();
        try (var node = rounds.node(name, databaseName, settings, true)) {
            result.startSeconds = (System.nanoTime() - startAt) / 1e9;
            log("%s: started in %.1f s".formatted(name, result.startSeconds));
            var workload = new Workload(database, databaseName);
            result.sizeAtStart = database.size(databaseName);
            result.runtimeSizeAtStart = database.runtimeTablesSize(databaseName);

            // Warm-up: the same kind of events, not measured, so that class loading and caches are behind us.
            rounds.publish(workload, rounds.people().birthsAndDeaths(warmUp), publishers);
            workload.awaitSettled(warmUp, settleTimeout);

            // The database's background: feed polls and job acquisition with nothing to do.
            long idleCommits = database.commits(databaseName);
            int idleMonitor = workload.monitorTransactions();
            long idleStart = System.nanoTime();
            BenchmarkDatabase.sleep(Duration.ofSeconds(5));
            double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
            result.backgroundCommitsPerSecond = (database.commits(databaseName) - idleCommits - (workload.monitorTransactions() - idleMonitor)) / idleSeconds;

            // The measured workload: N register events, to the end of every automatic step.
            long sizeBefore = database.size(databaseName);
            long commitsBefore = database.commits(databaseName);
            long rollbacksBefore = database.rollbacks(databaseName);
            int monitorBefore = workload.monitorTransactions();
            var theEvents = rounds.people().birthsAndDeaths(events);
            var cpuBefore = rounds.cpu().now();
            long publishStart = System.currentTimeMillis();
            var published = rounds.publish(workload, theEvents, publishers);
            result.publishSeconds = (System.currentTimeMillis() - publishStart) / 1e3;
            result.settled = workload.awaitSettled(warmUp + events, settleTimeout);
            result.cpu = rounds.cpu().since(cpuBefore);
            BenchmarkDatabase.sleep(Duration.ofMillis(1500));   // PostgreSQL publishes its counters within a second
            var times = workload.caseTimes(published);
            long firstPublished = times.stream().mapToLong(Workload.CaseTimes::publishedAt).min().orElseThrow();
            long lastOpened = times.stream().mapToLong(Workload.CaseTimes::openedAt).max().orElseThrow();
            long lastSettled = times.stream().mapToLong(Workload.CaseTimes::settledAt).max().orElseThrow();
            result.workloadSeconds = (lastSettled - firstPublished) / 1e3;
            result.openedPerSecond = events / ((lastOpened - firstPublished) / 1e3);
            result.settledPerSecond = events / result.workloadSeconds;
            result.openLatency = Percentiles.of(times.stream().map(t -> t.openedAt() - t.publishedAt()).toList());
            result.settleLatency = Percentiles.of(times.stream().map(t -> t.settledAt() - t.publishedAt()).toList());
            result.commits = database.commits(databaseName) - commitsBefore - (workload.monitorTransactions() - monitorBefore);
            result.rollbacks = database.rollbacks(databaseName) - rollbacksBefore;
            result.sizeBefore = sizeBefore;
            result.sizeAfter = database.size(databaseName);
            result.tables = tableSizes(database, databaseName);
            log("%s: %d events, %.1f cases opened/s, %.1f cases settled/s, settle latency %s, %.1f commits/case".formatted(name,
                    events, result.openedPerSecond, result.settledPerSecond, result.settleLatency, result.commitsPerCase(events)));

            result.heapAfterGc = heapAfterGc();
            result.openCases = result.settled.cases();
            if (name.startsWith("without-") || name.endsWith("-again")) {
                return result;
            }

            // Caseworkers work every open task of their agency through the worklist API.
            long completionCommitsBefore = database.commits(databaseName);
            int completionMonitorBefore = workload.monitorTransactions();
            result.completions = workload.completeCaseworkerTasks(node, caseworkers);
            workload.awaitSettled(warmUp + events, settleTimeout);
            BenchmarkDatabase.sleep(Duration.ofMillis(1500));
            result.completionCommits = database.commits(databaseName) - completionCommitsBefore
                    - (workload.monitorTransactions() - completionMonitorBefore);
            log("%s: %d caseworker tasks completed, %.1f/s, %d failed %s".formatted(name, result.completions.completed(),
                    result.completions.perSecond(), result.completions.failed(),
                    result.completions.firstFailure() == null ? "" : result.completions.firstFailure()));

            // Citizens read their case in the portal API.
            var mothers = theEvents.stream().filter(Workload.Event::birth).map(Workload.Event::person).toList();
            result.portal = workload.portal(node, mothers, users, portalTime, Duration.ZERO);
            logPortal(name + ": portal, without pause", result.portal);
            result.portalReading = workload.portal(node, mothers, users, portalTime, Duration.ofSeconds(1));
            logPortal(name + ": portal, a page a second", result.portalReading);
            result.heapAfterGcEnd = heapAfterGc();

            // The births to the end of their case: the mother answers, six months pass.
            result.timersRun = workload.closeBirthCases(node);
            workload.awaitSettled(warmUp + events, settleTimeout);
            result.closedCases = workload.count("select count(*) from life_event_case where status = 'CLOSED'");
            result.sizeAfterClosing = database.size(databaseName);
            result.tablesAfterClosing = tableSizes(database, databaseName);
            result.compactedSizeAfterClosing = database.compactedSize(databaseName);
            result.compactedRuntimeSizeAfterClosing = database.runtimeTablesSize(databaseName);
            log("%s: %d cases closed, database %d KB".formatted(name, result.closedCases, result.sizeAfterClosing / 1024));
            if (name.equals("tuned")) {
                historyCleanup(node, workload, result);
                result.compactedSizeAfterRetention = database.compactedSize(databaseName);
            }
        }
        return result;
    }

    /**
     * Transactions per case of each life event alone: a batch of births, then one of deaths, on a tuned node in a fresh
     * database of its own, after a few unmeasured events. Not on the tuned round's database: after its history
     * cleanup and compaction, PostgreSQL's autovacuum would commit in the middle of the batches.
     */
    private void lifeEventsAlone(Rounds rounds, RunResult tuned) {
        String databaseName = "lifecase_life_events_alone";
        rounds.database().createFresh(databaseName);
        try (var node = rounds.node("alone", databaseName, Map.of(), false)) {
            var workload = new Workload(rounds.database(), databaseName);
            var warmUpEvents = new ArrayList<Workload.Event>(rounds.people().births(warmUp / 2));
            warmUpEvents.addAll(rounds.people().deaths(warmUp / 2));
            rounds.publish(workload, warmUpEvents, publishers);
            workload.awaitSettled(warmUpEvents.size(), settleTimeout);
            tuned.births = rounds.batch("births", workload, rounds.people().births(batch), publishers, settleTimeout);
            tuned.deaths = rounds.batch("deaths", workload, rounds.people().deaths(batch), publishers, settleTimeout);
        }
    }

    /**
     * History cleanup as it runs at night, ten years and a day on (the models' time to live): the engine history of
     * the closed cases goes. The clock is moved for the engine only, at the end of the node's life.
     */
    private static void historyCleanup(LifecaseNode node, Workload workload, RunResult result) {
        String rows = "select (select count(*) from act_hi_procinst) + (select count(*) from act_hi_actinst)"
                + " + (select count(*) from act_hi_taskinst) + (select count(*) from act_hi_varinst)"
                + " + (select count(*) from act_hi_decinst) + (select count(*) from act_hi_identitylink)";
        result.historyRowsBeforeCleanup = workload.count(rows);
        result.finishedInstancesBeforeCleanup = workload.count("select count(*) from act_hi_procinst where end_time_ is not null");
        var history = node.bean(org.camunda.bpm.engine.HistoryService.class);
        var management = node.bean(org.camunda.bpm.engine.ManagementService.class);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().plus(Duration.ofDays(3651))));
        try {
            history.cleanUpHistoryAsync(true);
            long before = Long.MAX_VALUE;
            for (int round = 0; round < 100; round++) {
                for (var job : history.findHistoryCleanupJobs()) {
                    try {
                        management.executeJob(job.getId());
                    } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
                        // the node's job executor ran the same cleanup job at the same moment: fine, go round again
                    }
                }
                long now = workload.count(rows);
                if (now >= before) {
                    break;
                }
                before = now;
            }
        } catch (RuntimeException e) {
            result.cleanupFailure = e.getMessage();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        result.historyRowsAfterCleanup = workload.count(rows);
        result.finishedInstancesAfterCleanup = workload.count("select count(*) from act_hi_procinst where end_time_ is not null");
        // Lifecase's own case file goes after its retention (ADR 34), which has the same length: the closed cases are
        // dated back by ten years and a day, as that much time passing would, and the night's deletion runs.
        String caseFileRows = "select (select count(*) from life_event_case) + (select count(*) from case_timeline_entry)"
                + " + (select count(*) from data_access_entry) + (select count(*) from agency_notice)"
                + " + (select count(*) from citizen_letter) + (select count(*) from task_audit_entry)"
                + " + (select count(*) from handled_register_event) + (select count(*) from case_representative)";
        result.caseFileRowsBeforeRetention = workload.count(caseFileRows);
        workload.update("update life_event_case set closed_at = closed_at - interval '3651 days' where status = 'CLOSED'");
        result.casesDeletedByRetention = node.bean(CaseFileRetention.class).deleteExpired().cases();
        result.caseFileRowsAfterRetention = workload.count(caseFileRows);
        log("history cleanup: history rows %d -> %d, finished instances %d -> %d %s; case file rows %d -> %d (%d cases)".formatted(
                result.historyRowsBeforeCleanup, result.historyRowsAfterCleanup, result.finishedInstancesBeforeCleanup,
                result.finishedInstancesAfterCleanup, result.cleanupFailure == null ? "" : result.cleanupFailure,
                result.caseFileRowsBeforeRetention, result.caseFileRowsAfterRetention, result.casesDeletedByRetention));
    }

    private TwoNodeResult twoNodes(Rounds rounds) {
        var database = rounds.database();
        String databaseName = "lifecase_two_nodes";
        database.createFresh(databaseName);
        var result = new TwoNodeResult();
        try (var first = rounds.node("node1", databaseName, Map.of(), false);
             var second = rounds.node("node2", databaseName, Map.of(), false)) {
            log("two nodes: started on ports %d and %d".formatted(first.port(), second.port()));
            var workload = new Workload(database, databaseName);
            rounds.publish(workload, rounds.people().birthsAndDeaths(warmUp), publishers);
            workload.awaitSettled(warmUp, settleTimeout);
            double handledBefore1 = handled(first);
            double handledBefore2 = handled(second);
            int noticesBefore1 = first.bean(SimulatedAgencies.class).received().size();
            int noticesBefore2 = second.bean(SimulatedAgencies.class).received().size();

            long commitsBefore = database.commits(databaseName);
            int monitorBefore = workload.monitorTransactions();
            var cpuBefore = rounds.cpu().now();
            var published = rounds.publish(workload, rounds.people().birthsAndDeaths(events), publishers);
            result.settled = workload.awaitSettled(warmUp + events, settleTimeout);
            result.cpu = rounds.cpu().since(cpuBefore);
            BenchmarkDatabase.sleep(Duration.ofMillis(1500));
            var times = workload.caseTimes(published);
            long firstPublished = times.stream().mapToLong(Workload.CaseTimes::publishedAt).min().orElseThrow();
            long lastOpened = times.stream().mapToLong(Workload.CaseTimes::openedAt).max().orElseThrow();
            long lastSettled = times.stream().mapToLong(Workload.CaseTimes::settledAt).max().orElseThrow();
            result.openedPerSecond = events / ((lastOpened - firstPublished) / 1e3);
            result.settledPerSecond = events / ((lastSettled - firstPublished) / 1e3);
            result.settleLatency = Percentiles.of(times.stream().map(t -> t.settledAt() - t.publishedAt()).toList());
            result.commits = database.commits(databaseName) - commitsBefore - (workload.monitorTransactions() - monitorBefore);
            result.eventsByNode = List.of(handled(first) - handledBefore1, handled(second) - handledBefore2);
            var received = new ArrayList<SimulatedAgencies.Received>();
            received.addAll(first.bean(SimulatedAgencies.class).received());
            received.addAll(second.bean(SimulatedAgencies.class).received());
            result.noticesByNode = List.of(first.bean(SimulatedAgencies.class).received().size() - noticesBefore1,
                    second.bean(SimulatedAgencies.class).received().size() - noticesBefore2);
            result.noticesDeliveredTwice = received.stream().collect(Collectors.groupingBy(SimulatedAgencies.Received::noticeId,
                    Collectors.counting())).values().stream().filter(count -> count > 1).count();
            result.duplicates = duplicates(database, databaseName);
            log("two nodes: %.1f cases settled/s, events by node %s, notices by node %s, duplicates %s".formatted(
                    result.settledPerSecond, result.eventsByNode, result.noticesByNode, result.duplicates));
        }
        return result;
    }

    private static double handled(LifecaseNode node) {
        return node.bean(MeterRegistry.class).find("lifecase.feed.events.handled").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    /** Checks that would find double handling: each is the number of offending rows, so 0 is the proof. */
    static Map<String, Long> duplicates(BenchmarkDatabase database, String databaseName) {
        var checks = new LinkedHashMap<String, String>();
        checks.put("register events handled more than once (handled_register_event)",
                "select count(*) from (select feed_name, event_key from handled_register_event group by 1, 2 having count(*) > 1) d");
        checks.put("people with two cases of the same life event (life_event_case)",
                "select count(*) from (select life_event_id, subject from life_event_case group by 1, 2 having count(*) > 1) d");
        checks.put("automatic steps run twice in one process instance (act_hi_actinst: service, send, rule tasks, call activities)",
                "select count(*) from (select proc_inst_id_, act_id_ from act_hi_actinst where act_type_ in "
                        + "('serviceTask', 'sendTask', 'businessRuleTask', 'callActivity') group by 1, 2 having count(*) > 1) d");
        checks.put("notices recorded twice for one case and agency (agency_notice)",
                "select count(*) from (select case_ref, agency, notice from agency_notice group by 1, 2, 3 having count(*) > 1) d");
        checks.put("letters recorded twice for one case and recipient (citizen_letter)",
                "select count(*) from (select case_ref, letter, recipient from citizen_letter group by 1, 2, 3 having count(*) > 1) d");
        var found = new LinkedHashMap<String, Long>();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            for (var check : checks.entrySet()) {
                var rs = s.executeQuery(check.getValue());
                rs.next();
                found.put(check.getKey(), rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    static Map<String, Long> tableSizes(BenchmarkDatabase database, String databaseName) {
        var sizes = new LinkedHashMap<String, Long>();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            var rs = s.executeQuery("select relname, pg_total_relation_size(relid) from pg_stat_user_tables "
                    + "order by pg_total_relation_size(relid) desc limit 12");
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sizes;
    }

    static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            BenchmarkDatabase.sleep(Duration.ofMillis(300));
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void logPortal(String what, Workload.PortalLoad load) {
        log("%s: %d users, %.0f requests/s, latency %s, %d failed %s".formatted(what, load.loggedIn(), load.perSecond(),
                load.latency(), load.failed(), load.firstFailure() == null ? "" : load.firstFailure()));
    }

    static void log(String line) {
        System.out.println("[benchmark " + Instant.now() + "] " + line);
    }

    static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
