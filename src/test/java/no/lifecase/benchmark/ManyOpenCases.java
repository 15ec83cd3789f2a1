package no.lifecase.benchmark;

import static no.lifecase.benchmark.LifecaseBenchmark.heapAfterGc;
import static no.lifecase.benchmark.LifecaseBenchmark.log;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import no.lifecase.simulator.population.Population;

/**
 * One tuned node that gathers many open cases (births, deaths and arrivals, each waiting for a person or a deadline),
 * to show what the heap, the case page, the worklist and the feeds do when the database holds a realistic number of
 * cases rather than a hundred: {@code ./mvnw -Pbenchmark verify -Dbenchmark.open-cases=20000}. Beyond the 5 600 births
 * the simulated register has newborns' numbers for, the cases are people moving to Norway
 * ({@link Workload#manyOpenCases}). Heap is measured after the node has started with its simulated population (which
 * production does not have), and again once the cases are open.
 * The latencies are measured with the first hundred cases open (after a first round that warms the JIT) and again with
 * all of them.
 */
final class ManyOpenCases {

    private static final double MB = 1024 * 1024;
    private static final int CHUNK = 500;
    /** The cases open when the nearly empty database's latencies are measured. */
    private static final int NEARLY_EMPTY = 100;
    private static final int WORKLIST_READS = 200;
    /** Real closed births the closed cases are copied from: enough that no copy number gets long. */
    private static final int TEMPLATES = 50;
    private static final Duration FEED_WINDOW = Duration.ofSeconds(10);
    /** The feeds' poll timer (FeedMetrics in the trigger package). */
    private static final String FEED_POLL = "lifecase.feed.poll";

    /** What a citizen, a caseworker and a feed wait for, with this many cases open. */
    record Latencies(int openCases, Workload.PortalLoad portal, Workload.WorklistReads worklist, FeedRounds feedRounds) {
    }

    /** The feeds' polls on the node over a quiet window, from its own timer {@code lifecase.feed.poll}. */
    record FeedRounds(long polls, double meanMillis) {
    }

    record Result(int openCases, long deaths, long arrivals, long heapAtStart, long heapWithOpenCases, long databaseBytes,
                  ClosedCaseCopies.Copied closed, double settledPerSecond,
                  Latencies nearlyEmpty, Latencies atScale, Map<String, Long> tables, int populationSize, Instant started, Instant ended) {

        Workload.PortalLoad portal() {
            return atScale.portal();
        }

        String markdown(int users) {
            var md = new StringBuilder("# Lifecase benchmark: many open cases\n\n");
            md.append("Run ").append(started).append(" to ").append(ended).append(" on ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, Java ").append(System.getProperty("java.version")).append(", max heap ")
                    .append(fmt(Runtime.getRuntime().maxMemory() / MB)).append(" MB; one node with Lifecase's settings; population ")
                    .append(populationSize).append(" people.\n\n");
            md.append("| | |\n|---|---:|\n");
            md.append("| open cases, each waiting for a person or a deadline (").append(openCases - deaths - arrivals).append(" births, ")
                    .append(deaths).append(" deaths, as many as the population has old people for, ").append(arrivals)
                    .append(" people moving to Norway) | ").append(openCases).append(" |\n");
            if (closed != null) {
                md.append("| closed cases, copied in bulk from ").append(closed.templates()).append(" real closed births in ")
                        .append(fmt(closed.seconds())).append(" s | ").append(closed.closedCases()).append(" |\n");
                md.append("| database growth per closed case (KB) | ").append(fmt(closed.bytesAdded() / 1024.0 / closed.closedCases()))
                        .append(" |\n");
            }
            md.append("| heap used after GC, node started with its simulated population (MB) | ").append(fmt(heapAtStart / MB)).append(" |\n");
            md.append("| heap used after GC with the open cases (MB) | ").append(fmt(heapWithOpenCases / MB)).append(" |\n");
            md.append("| cases settled per second while they were opened | ").append(fmt(settledPerSecond)).append(" |\n");
            long openCaseBytes = databaseBytes - (closed == null ? 0 : closed.bytesAdded());
            md.append("| database size (MB) / per open case (KB), closed cases' copies aside | ").append(fmt(databaseBytes / MB)).append(" / ")
                    .append(fmt(openCaseBytes / 1024.0 / openCases)).append(" |\n\n");
            md.append("What each waits for, with a nearly empty database and with every case open (median / p95 / p99):\n\n");
            md.append("| | ").append(nearlyEmpty.openCases()).append(" open cases | ").append(atScale.openCases())
                    .append(" open cases | p95 (mean for the feeds), times |\n|---|---:|---:|---:|\n");
            md.append("| case page in the portal API, ").append(users).append(" citizens without pause | ").append(nearlyEmpty.portal().latency())
                    .append(" at ").append(fmt(nearlyEmpty.portal().perSecond())).append("/s | ").append(atScale.portal().latency())
                    .append(" at ").append(fmt(atScale.portal().perSecond())).append("/s | ")
                    .append(ratio(atScale.portal().latency().p95(), nearlyEmpty.portal().latency().p95())).append(" |\n");
            md.append("| the worklist's first page, one caseworker of the agency with most open tasks (").append(nearlyEmpty.worklist().openTasks())
                    .append(" / ").append(atScale.worklist().openTasks()).append(" tasks) | ").append(nearlyEmpty.worklist().latency()).append(" | ")
                    .append(atScale.worklist().latency()).append(" | ")
                    .append(ratio(atScale.worklist().latency().p95(), nearlyEmpty.worklist().latency().p95())).append(" |\n");
            md.append("| a feed's poll with nothing new, mean | ").append(rounds(nearlyEmpty.feedRounds())).append(" | ")
                    .append(rounds(atScale.feedRounds())).append(" | ")
                    .append(ratio(atScale.feedRounds().meanMillis(), nearlyEmpty.feedRounds().meanMillis())).append(" |\n\n");
            if (closed != null) {
                md.append("What a closed birth keeps, per table: its rows (each copied as many times as there are closed cases), and the")
                        .append(" bytes per closed case the table's rows (with TOAST) and its indexes grew by:\n\n")
                        .append("| table | rows | rows KB | indexes KB |\n|---|---:|---:|---:|\n");
                closed.tables().entrySet().stream()
                        .filter(table -> table.getValue().rows() > 0)
                        .sorted(Comparator.comparingDouble((Map.Entry<String, ClosedCaseCopies.TableShare> table)
                                -> table.getValue().tableBytes() + table.getValue().indexBytes()).reversed())
                        .forEach(table -> md.append("| ").append(table.getKey()).append(" | ").append(table.getValue().rows()).append(" | ")
                                .append(fmt(table.getValue().tableBytes() / 1024)).append(" | ")
                                .append(fmt(table.getValue().indexBytes() / 1024)).append(" |\n"));
                md.append("\nThe indexes that grew most, KB per closed case:\n\n| index | KB |\n|---|---:|\n");
                closed.largestIndexes().forEach((index, bytes) -> md.append("| ").append(index).append(" | ").append(fmt(bytes / 1024)).append(" |\n"));
                md.append('\n');
            }
            md.append("Largest tables:\n\n| table | MB |\n|---|---:|\n");
            tables.forEach((table, bytes) -> md.append("| ").append(table).append(" | ").append(fmt(bytes / MB)).append(" |\n"));
            return md.toString();
        }

        private static String rounds(FeedRounds rounds) {
            return "%.1f ms (%d polls)".formatted(rounds.meanMillis(), rounds.polls());
        }

        private static String ratio(double atScale, double nearlyEmpty) {
            return String.format(Locale.ROOT, "%.2f×", atScale / nearlyEmpty);
        }

        private static String fmt(double value) {
            return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
        }
    }

    private ManyOpenCases() {
    }

    static Result run(BenchmarkDatabase database, int openCases, long closedCases, int users, Duration portalTime, Duration settleTimeout) {
        String databaseName = "lifecase_open_cases";
        database.createFresh(databaseName);
        int populationSize = Math.max(3000, openCases * 8);
        var started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var node = LifecaseNode.start("opencases", database, databaseName, populationSize, Map.of())) {
            long heapAtStart = heapAfterGc();
            log("open cases: node started, heap after GC %.0f MB".formatted(heapAtStart / MB));
            var workload = new Workload(database, databaseName);
            var events = Workload.manyOpenCases(node.bean(Population.class), openCases);
            int nearlyEmptyCases = Math.min(NEARLY_EMPTY, openCases);
            long firstPublished = System.currentTimeMillis();
            open(workload, node, events, 0, nearlyEmptyCases, settleTimeout);
            long openingPaused = System.currentTimeMillis();
            latencies(workload, node, events.subList(0, nearlyEmptyCases), users, portalTime);   // warms the JIT: not kept
            var nearlyEmpty = latencies(workload, node, events.subList(0, nearlyEmptyCases), users, portalTime);
            long pausedFor = System.currentTimeMillis() - openingPaused;
            open(workload, node, events, nearlyEmptyCases, openCases, settleTimeout);
            double settledPerSecond = openCases / ((System.currentTimeMillis() - firstPublished - pausedFor) / 1e3);
            var closed = closedCases > 0 ? closed(database, databaseName, workload, node, events, closedCases, settleTimeout) : null;
            long heapWithOpenCases = heapAfterGc();
            long databaseBytes = database.size(databaseName);
            var atScale = latencies(workload, node, events, users, portalTime);
            log("open cases: heap %.0f MB".formatted(heapWithOpenCases / MB));
            return new Result(openCases, count(events, Workload.Kind.DEATH), count(events, Workload.Kind.IMMIGRATION), heapAtStart,
                    heapWithOpenCases, databaseBytes, closed,
                    settledPerSecond, nearlyEmpty, atScale, LifecaseBenchmark.tableSizes(database, databaseName), populationSize, started,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /**
     * The closed cases of a large run: a few births opened and closed for real (their caseworkers' tasks done, the mother
     * answers, the naming deadline passes), then copied in bulk ({@link ClosedCaseCopies}).
     */
    private static ClosedCaseCopies.Copied closed(BenchmarkDatabase database, String databaseName, Workload workload, LifecaseNode node,
                                                  List<Workload.Event> openEvents, long closedCases, Duration settleTimeout) {
        var templates = Workload.templateBirths(node.bean(Population.class), openEvents, TEMPLATES);
        var subjects = workload.publish(node.baseUrl(), templates, 4, new FeedPositions()).stream().map(Workload.Published::subject).toList();
        workload.awaitSettled(openEvents.size() + templates.size(), settleTimeout);
        String ofTemplates = " from life_event_case where subject in ('" + String.join("', '", subjects) + "')";
        var instances = new java.util.HashSet<String>();
        var caseIds = new java.util.ArrayList<Long>();
        try (var c = database.connect(databaseName); var s = c.createStatement(); var rs = s.executeQuery("select id, process_instance_id" + ofTemplates)) {
            while (rs.next()) {
                caseIds.add(rs.getLong(1));
                instances.add(rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        var completions = workload.completeCaseworkerTasks(node, 2, instances);
        if (completions.failed() > 0) {
            throw new IllegalStateException("A template birth's task could not be completed: " + completions.firstFailure());
        }
        workload.closeBirthCases(node, instances);
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        while (workload.count("select count(*)" + ofTemplates + " and status = 'CLOSED'") < caseIds.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The template births did not close within " + settleTimeout);
            }
            BenchmarkDatabase.sleep(Duration.ofMillis(250));
        }
        log("closed cases: %d births closed to copy".formatted(caseIds.size()));
        var copied = ClosedCaseCopies.copy(database, databaseName, caseIds, closedCases);
        log("closed cases: %d copied in %.0f s, %.1f KB each".formatted(copied.closedCases(), copied.seconds(),
                copied.bytesAdded() / 1024.0 / copied.closedCases()));
        return copied;
    }

    private static long count(List<Workload.Event> events, Workload.Kind kind) {
        return events.stream().filter(event -> event.kind() == kind).count();
    }

    /** Publishes events {@code from} to {@code to} in chunks, each settled before the next. */
    private static void open(Workload workload, LifecaseNode node, List<Workload.Event> events, int from, int to, Duration settleTimeout) {
        for (int chunkFrom = from; chunkFrom < to; chunkFrom += CHUNK) {
            int chunkTo = Math.min(to, chunkFrom + CHUNK);
            workload.publish(node.baseUrl(), events.subList(chunkFrom, chunkTo), 4, new FeedPositions());
            workload.awaitSettled(chunkTo, settleTimeout);
            log("open cases: %d of %d settled".formatted(chunkTo, events.size()));
        }
    }

    private static Latencies latencies(Workload workload, LifecaseNode node, List<Workload.Event> opened, int users, Duration portalTime) {
        var feedRounds = feedRounds(node, FEED_WINDOW);
        var worklist = workload.worklistFirstPage(node, WORKLIST_READS);
        var mothers = opened.stream().filter(Workload.Event::birth).map(Workload.Event::person).toList();
        var portal = workload.portal(node, mothers, users, portalTime, Duration.ZERO);
        var latencies = new Latencies(opened.size(), portal, worklist, feedRounds);
        log("open cases: with %d, case page %s at %.0f requests/s (%d failed), worklist (%s, %d tasks) %s (%d failed %s), feed poll mean %.1f ms over %d polls"
                .formatted(opened.size(), portal.latency(), portal.perSecond(), portal.failed(), worklist.agency(), worklist.openTasks(),
                        worklist.latency(), worklist.failed(), worklist.firstFailure() == null ? "" : worklist.firstFailure(),
                        feedRounds.meanMillis(), feedRounds.polls()));
        return latencies;
    }

    /** The node's feed polls over a window in which no event is published: each finds nothing new, as most do. */
    private static FeedRounds feedRounds(LifecaseNode node, Duration window) {
        var registry = node.bean(MeterRegistry.class);
        long countBefore = pollCount(registry);
        double totalBefore = pollMillis(registry);
        BenchmarkDatabase.sleep(window);
        long polls = pollCount(registry) - countBefore;
        return new FeedRounds(polls, polls == 0 ? Double.NaN : (pollMillis(registry) - totalBefore) / polls);
    }

    private static long pollCount(MeterRegistry registry) {
        return registry.find(FEED_POLL).timers().stream().mapToLong(Timer::count).sum();
    }

    private static double pollMillis(MeterRegistry registry) {
        return registry.find(FEED_POLL).timers().stream().mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS)).sum();
    }
}
