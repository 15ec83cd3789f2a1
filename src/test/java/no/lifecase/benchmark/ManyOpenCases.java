package no.lifecase.benchmark;

import static no.lifecase.benchmark.LifecaseBenchmark.heapAfterGc;
import static no.lifecase.benchmark.LifecaseBenchmark.log;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import no.lifecase.simulator.population.Population;

/**
 * One tuned node that gathers many open cases (births and deaths, each waiting for a person or a deadline), to show
 * what the heap and the case page do when the database holds a realistic number of cases rather than a hundred:
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.open-cases=10000}. Heap is measured after the node has started with
 * its simulated population (which production does not have), and again once the cases are open.
 */
final class ManyOpenCases {

    private static final double MB = 1024 * 1024;
    private static final int CHUNK = 500;

    record Result(int openCases, long deaths, long heapAtStart, long heapWithOpenCases, long databaseBytes, double settledPerSecond,
                  Workload.PortalLoad portal, Map<String, Long> tables, int populationSize, Instant started, Instant ended) {

        String markdown(int users) {
            var md = new StringBuilder("# Lifecase benchmark: many open cases\n\n");
            md.append("Run ").append(started).append(" to ").append(ended).append(" on ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, Java ").append(System.getProperty("java.version")).append(", max heap ")
                    .append(fmt(Runtime.getRuntime().maxMemory() / MB)).append(" MB; one node with Lifecase's settings; population ")
                    .append(populationSize).append(" people.\n\n");
            md.append("| | |\n|---|---:|\n");
            md.append("| open cases, each waiting for a person or a deadline (").append(openCases - deaths).append(" births, ")
                    .append(deaths).append(" deaths, as many as the population has old people for) | ").append(openCases).append(" |\n");
            md.append("| heap used after GC, node started with its simulated population (MB) | ").append(fmt(heapAtStart / MB)).append(" |\n");
            md.append("| heap used after GC with the open cases (MB) | ").append(fmt(heapWithOpenCases / MB)).append(" |\n");
            md.append("| cases settled per second while they were opened | ").append(fmt(settledPerSecond)).append(" |\n");
            md.append("| database size (MB) / per open case (KB) | ").append(fmt(databaseBytes / MB)).append(" / ")
                    .append(fmt(databaseBytes / 1024.0 / openCases)).append(" |\n");
            md.append("| case page in the portal API, ").append(users).append(" concurrent users, median / p95 / p99 | ")
                    .append(portal.latency()).append(" |\n");
            md.append("| portal API requests per second | ").append(fmt(portal.perSecond())).append(" |\n\n");
            md.append("Largest tables:\n\n| table | MB |\n|---|---:|\n");
            tables.forEach((table, bytes) -> md.append("| ").append(table).append(" | ").append(fmt(bytes / MB)).append(" |\n"));
            return md.toString();
        }

        private static String fmt(double value) {
            return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
        }
    }

    private ManyOpenCases() {
    }

    static Result run(BenchmarkDatabase database, int openCases, int users, Duration portalTime, Duration settleTimeout) {
        String databaseName = "lifecase_open_cases";
        database.createFresh(databaseName);
        int populationSize = Math.max(3000, openCases * 8);
        var started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var node = LifecaseNode.start("opencases", database, databaseName, populationSize, Map.of())) {
            long heapAtStart = heapAfterGc();
            log("open cases: node started, heap after GC %.0f MB".formatted(heapAtStart / MB));
            var workload = new Workload(database, databaseName);
            var events = Workload.mostlyBirths(node.bean(Population.class), openCases);
            long firstPublished = System.currentTimeMillis();
            for (int from = 0; from < openCases; from += CHUNK) {
                int to = Math.min(openCases, from + CHUNK);
                workload.publish(node.baseUrl(), events.subList(from, to), 4, new FeedPositions());
                workload.awaitSettled(to, settleTimeout);
                log("open cases: %d of %d settled".formatted(to, openCases));
            }
            double settledPerSecond = openCases / ((System.currentTimeMillis() - firstPublished) / 1e3);
            long heapWithOpenCases = heapAfterGc();
            long databaseBytes = database.size(databaseName);
            var mothers = events.stream().filter(Workload.Event::birth).map(Workload.Event::person).toList();
            var portal = workload.portal(node, mothers, users, portalTime, Duration.ZERO);
            log("open cases: heap %.0f MB, portal %s at %.0f requests/s".formatted(heapWithOpenCases / MB, portal.latency(), portal.perSecond()));
            return new Result(openCases, events.stream().filter(event -> !event.birth()).count(), heapAtStart, heapWithOpenCases, databaseBytes, settledPerSecond, portal,
                    LifecaseBenchmark.tableSizes(database, databaseName), populationSize, started,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }
}
