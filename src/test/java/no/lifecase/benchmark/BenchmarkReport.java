package no.lifecase.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The Markdown report: both configurations side by side, the database's limit, two nodes and the targets. */
final class BenchmarkReport {

    private static final double KB = 1024;
    private static final double MB = 1024 * 1024;

    final int events;
    final int warmUp;
    final int users;
    final int caseworkers;
    final int populationSize;
    final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String database;
    double commitRateBefore;
    double commitRateAfter;
    RunResult stock;
    RunResult tuned;
    TwoNodeResult twoNodes;
    RunResult stockAgain;
    RunResult tunedAgain;
    final Map<String, RunResult> variants = new java.util.LinkedHashMap<>();

    BenchmarkReport(int events, int warmUp, int users, int caseworkers, int populationSize) {
        this.events = events;
        this.warmUp = warmUp;
        this.users = users;
        this.caseworkers = caseworkers;
        this.populationSize = populationSize;
    }

    /** Cases settled per second, the mean of both rounds where there were two. */
    double settledPerSecond(RunResult first, RunResult again) {
        return again == null ? first.settledPerSecond : (first.settledPerSecond + again.settledPerSecond) / 2;
    }

    double commitRate() {
        return commitRateAfter > 0 ? (commitRateBefore + commitRateAfter) / 2 : commitRateBefore;
    }

    /** Fails the run only when the work itself was not done; figures are reported, never asserted. */
    void checkWorkWasDone() {
        for (var run : new RunResult[] {stock, tuned}) {
            if (run.portal.loggedIn() == 0) {
                throw new AssertionError(run.name + ": no citizen could log in to the portal: " + run.portal.firstFailure());
            }
            if (run.completions.failed() > 0) {
                throw new AssertionError(run.name + ": caseworker tasks failed: " + run.completions.firstFailure());
            }
        }
        if (twoNodes != null && !twoNodes.noDoubleHandling()) {
            throw new AssertionError("Two nodes handled something twice: " + twoNodes.duplicates + ", notices delivered twice: "
                    + twoNodes.noticesDeliveredTwice);
        }
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# Lifecase benchmark: life events on PostgreSQL\n\n");
        md.append("Run ").append(started).append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(fmt(Runtime.getRuntime().maxMemory() / MB)).append(" MB, load average at the end ")
                .append(fmt(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())).append(".  \n");
        md.append("PostgreSQL: ").append(database).append(".  \n");
        md.append("Workload per configuration: ").append(events).append(" register events (births and deaths alternating, after ")
                .append(warmUp).append(" unmeasured warm-up events) published in the simulated Folkeregisteret and read by the ")
                .append("feed scheduler on every node; then ").append(caseworkers).append(" caseworkers complete every open agency task ")
                .append("through the worklist API; then ").append(users).append(" citizens, logged in through the test ID-porten, ")
                .append("read their case in the portal API, first without pause (the server's limit), then each once a second (people reading). ")
                .append("Before the first configuration, an unmeasured node works through up to 60 events, so that the JIT has compiled what ")
                .append("a case runs. Population: ").append(populationSize).append(" people.\n\n");

        md.append("## Stock and tuned, side by side\n\n");
        md.append("| | stock | tuned | tuned / stock |\n|---|---:|---:|---:|\n");
        row(md, "cases opened per second", r -> r.openedPerSecond, true);
        row(md, "cases settled per second (every automatic step done)", r -> r.settledPerSecond, true);
        if (stockAgain != null && tunedAgain != null) {
            md.append("| cases settled per second, second round (tuned first, then stock) | ").append(fmt(stockAgain.settledPerSecond))
                    .append(" | ").append(fmt(tunedAgain.settledPerSecond)).append(" | ")
                    .append(ratio(tunedAgain.settledPerSecond / stockAgain.settledPerSecond)).append(" |\n");
            md.append("| **cases settled per second, mean of both rounds** | ").append(fmt(settledPerSecond(stock, stockAgain)))
                    .append(" | ").append(fmt(settledPerSecond(tuned, tunedAgain))).append(" | **")
                    .append(ratio(settledPerSecond(tuned, tunedAgain) / settledPerSecond(stock, stockAgain))).append("** |\n");
            md.append("| register event to all automatic steps done, second round | ").append(stockAgain.settleLatency).append(" | ")
                    .append(tunedAgain.settleLatency).append(" | |\n");
            md.append("| database transactions per case, second round | ").append(fmt(stockAgain.commitsPerCase(events))).append(" | ")
                    .append(fmt(tunedAgain.commitsPerCase(events))).append(" | |\n");
        }
        latencyRows(md, "register event to case opened", r -> r.openLatency);
        latencyRows(md, "register event to all automatic steps done", r -> r.settleLatency);
        row(md, "caseworker task completions per second", r -> r.completions.perSecond(), true);
        latencyRows(md, "claim + complete through the worklist API", r -> r.completions.latency());
        row(md, "portal API requests per second (" + users + " users)", r -> r.portal.perSecond(), true);
        latencyRows(md, "case page in the portal API, " + users + " concurrent users without pause", r -> r.portal.latency());
        latencyRows(md, "case page, " + users + " users each reading a page a second", r -> r.portalReading.latency());
        row(md, "database transactions per case (to all automatic steps done)", r -> r.commitsPerCase(events), false);
        row(md, "database transactions per caseworker task", r -> (double) r.completionCommits / Math.max(1, r.completions.completed()), false);
        row(md, "database commits per second during the workload", RunResult::commitsPerSecond, true);
        row(md, "of which background (idle polling), per second", r -> r.backgroundCommitsPerSecond, false);
        row(md, "useful commits per second (workload minus background)", RunResult::usefulCommitsPerSecond, true);
        row(md, "useful commits as % of PostgreSQL's commit rate", r -> 100 * r.usefulCommitsPerSecond() / commitRate(), true);
        row(md, "rolled-back transactions", r -> r.rollbacks, false);
        row(md, "database growth per open case (KB)", r -> r.bytesPerCase(events) / KB, false);
        row(md, "births closed (mother answered, naming deadline passed)", r -> r.closedCases, false);
        row(md, "database growth per case over its life so far (KB; births closed, deaths open)", r -> r.bytesPerCaseOverItsLife(events) / KB, false);
        row(md, "kept per case once dead rows are gone (KB; VACUUM FULL, births closed, deaths open)",
                r -> r.compactedBytesPerCase(r.compactedSizeAfterClosing, warmUp + events) / KB, false);
        row(md, "of that, history and case file: what a closed case keeps (KB; without the runtime rows of the open cases)",
                r -> r.compactedBytesPerClosedCase(warmUp + events) / KB, false);
        row(md, "heap used after GC, node alone with its open cases (MB)", r -> r.heapAfterGc / MB, false);
        row(md, "heap used after GC at the end of the run (MB)", r -> r.heapAfterGcEnd / MB, false);
        row(md, "open cases at the heap measurement", r -> r.openCases, false);
        row(md, "jobs out of retries (incidents)", r -> r.settled.failedJobs(), false);
        row(md, "application start-up (s)", r -> r.startSeconds, false);
        md.append("\nHeap is the whole JVM's after three full collections, with only this configuration's node running; a node closed ")
                .append("earlier in the run (the JVM's unmeasured warm-up node first) may still be held by static references (Camunda's ")
                .append("webapps keep their engine), so these figures are upper bounds; `-Dbenchmark.open-cases` measures one node alone. Database growth is the database's size after the workload minus before it; ")
                .append("with few cases, the first pages of each table and index weigh heavily.\n\n");

        md.append("## Against the database's limit\n\n");
        md.append("Commit-rate reference, measured in this run on the same server: 8 connections each inserting one row and committing, ")
                .append("for 5 seconds: **").append(fmt(commitRateBefore)).append(" commits/s** before the configurations ran and **")
                .append(fmt(commitRateAfter)).append(" commits/s** after (mean ").append(fmt(commitRate())).append(").\n\n");
        for (var run : new RunResult[] {stock, tuned}) {
            md.append("- ").append(run.name).append(": ").append(fmt(run.commitsPerCase(events))).append(" transactions per case; ")
                    .append(fmt(run.commitsPerSecond())).append(" commits/s during the workload (").append(pct(run.commitsPerSecond() / commitRate()))
                    .append(" of the reference), ").append(fmt(run.usefulCommitsPerSecond())).append(" of them useful (")
                    .append(pct(run.usefulCommitsPerSecond() / commitRate())).append("). At ").append(fmt(run.commitsPerCase(events)))
                    .append(" transactions per case the database's limit is ").append(fmt(commitRate() / run.commitsPerCase(events)))
                    .append(" cases per second.\n");
        }
        md.append("\n");

        if (twoNodes != null) {
            md.append("## Two nodes on one database (tuned settings)\n\n");
            md.append("Two application instances in this JVM, each with its own engine, job executor and feed scheduler, on one ")
                    .append("PostgreSQL database; both read the same simulated registers and feeds.\n\n");
            md.append("| | one node (tuned) | two nodes | two / one |\n|---|---:|---:|---:|\n");
            md.append("| cases opened per second | ").append(fmt(tuned.openedPerSecond)).append(" | ").append(fmt(twoNodes.openedPerSecond))
                    .append(" | ").append(ratio(twoNodes.openedPerSecond / tuned.openedPerSecond)).append(" |\n");
            md.append("| cases settled per second | ").append(fmt(tuned.settledPerSecond)).append(" | ").append(fmt(twoNodes.settledPerSecond))
                    .append(" | ").append(ratio(twoNodes.settledPerSecond / tuned.settledPerSecond)).append(" |\n");
            md.append("| register event to all automatic steps done (median / p95 / p99) | ").append(tuned.settleLatency).append(" | ")
                    .append(twoNodes.settleLatency).append(" | |\n");
            md.append("| database transactions per case | ").append(fmt(tuned.commitsPerCase(events))).append(" | ")
                    .append(fmt((double) twoNodes.commits / events)).append(" | |\n\n");
            md.append("Work split: register events handled by node 1 / node 2: ").append(twoNodes.eventsByNode.stream().map(this::fmt).toList())
                    .append("; agency notices sent by node 1 / node 2 (each by a job): ").append(twoNodes.noticesByNode).append(".\n\n");
            md.append("Double handling (each figure is the number of offending rows; 0 proves none):\n\n");
            twoNodes.duplicates.forEach((check, count) -> md.append("- ").append(check).append(": **").append(count).append("**\n"));
            md.append("- notices delivered to an agency more than once (the simulated agencies of both nodes): **")
                    .append(twoNodes.noticesDeliveredTwice).append("**\n\n");
            md.append(twoNodes.noDoubleHandling() ? "No event was handled twice and no job ran twice.\n\n" : "**Double handling found.**\n\n");
        }

        if (!variants.isEmpty()) {
            md.append("## What each change buys\n\nLifecase's settings with one change taken back (the rest as tuned), same workload:\n\n");
            md.append("| | cases settled per second | tuned / this | event to all automatic steps done, median / p95 / p99 | transactions per case | growth per open case (KB) |\n");
            md.append("|---|---:|---:|---|---:|---:|\n");
            variant(md, "tuned", tuned);
            variants.forEach((name, run) -> variant(md, "without " + name + " (" + String.join(", ", run.settings.keySet().stream()
                    .map(key -> key.replaceAll(".*\\.", "")).toList()) + " as stock)", run));
            variant(md, "stock", stock);
            md.append("\n");
        }

        md.append("## History cleanup (tuned)\n\n");
        md.append("Ten years and a day after the closed cases ended (the models' `historyTimeToLive` of 3650 days), history cleanup ")
                .append("ran as it does at night: finished process instances in the engine history ").append(tuned.finishedInstancesBeforeCleanup)
                .append(" → ").append(tuned.finishedInstancesAfterCleanup).append("; engine history rows (process, activity, task, variable, ")
                .append("decision instances and task offers) ").append(tuned.historyRowsBeforeCleanup).append(" → ").append(tuned.historyRowsAfterCleanup)
                .append(tuned.cleanupFailure == null ? "" : " (cleanup failed: " + tuned.cleanupFailure + ")")
                .append(". Lifecase's own case file then went after its retention of the same length (ADR 34; the closed cases dated ")
                .append("back ten years and a day): ").append(tuned.casesDeletedByRetention).append(" cases deleted, case-file rows (case, ")
                .append("timeline, register reads, notices, letters, task audit, handled events, representatives) ")
                .append(tuned.caseFileRowsBeforeRetention).append(" → ").append(tuned.caseFileRowsAfterRetention)
                .append(". Database size once dead rows are gone (VACUUM FULL), above the empty schema: ")
                .append(fmt((tuned.compactedSizeAfterClosing - tuned.sizeAtStart) / KB)).append(" KB before, ")
                .append(fmt((tuned.compactedSizeAfterRetention - tuned.sizeAtStart) / KB)).append(" KB after (the deaths' cases are still open).\n\n");

        md.append("## Targets\n\n| target | measured | |\n|---|---|---|\n");
        double rateRatio = settledPerSecond(tuned, tunedAgain) / settledPerSecond(stock, stockAgain);
        target(md, "tuned ≥ 2× stock rate (cases settled per second" + (stockAgain != null ? ", mean of both rounds)" : ")"), ratio(rateRatio), rateRatio >= 2, rateRatio >= 2 ? "" : "short by " + pct(1 - rateRatio / 2));
        double useful = tuned.usefulCommitsPerSecond() / commitRate();
        target(md, "useful DB transactions ≥ 50 % of PostgreSQL's commit rate", pct(useful), useful >= 0.5,
                useful >= 0.5 ? "" : "short by " + fmt(100 * (0.5 - useful)) + " percentage points");
        double p95 = tuned.portal.latency().p95();
        target(md, "case page p95 < 100 ms at " + users + " concurrent users", fmt(p95) + " ms without pause ("
                + fmt(tuned.portalReading.latency().p95()) + " ms with each user reading a page a second)", p95 < 100,
                p95 < 100 ? "" : "over by " + fmt(p95 - 100) + " ms without pause");
        if (twoNodes != null) {
            double scale = twoNodes.settledPerSecond / tuned.settledPerSecond;
            target(md, "two nodes ≥ 1.6× one node, zero double handling", ratio(scale) + (twoNodes.noDoubleHandling() ? ", none twice" : ", DOUBLE HANDLING"),
                    scale >= 1.6 && twoNodes.noDoubleHandling(), scale >= 1.6 ? "" : "short by " + pct(1 - scale / 1.6));
        }
        double heap = tuned.heapAfterGc / MB;
        target(md, "heap after GC < 384 MB (10 000 open cases)", fmt(heap) + " MB with " + tuned.openCases + " open cases", heap < 384,
                heap < 384 ? "" : "over by " + fmt(heap - 384) + " MB");
        double perCase = tuned.compactedBytesPerClosedCase(warmUp + events) / KB;
        target(md, "DB size per closed case < 64 KB", fmt(perCase) + " KB of history and case file per case ("
                + fmt(tuned.compactedBytesPerCase(tuned.compactedSizeAfterClosing, warmUp + events) / KB)
                + " KB with the open cases' runtime rows; " + fmt(tuned.bytesPerCase(events) / KB) + " KB growth per open case)", perCase < 64,
                perCase < 64 ? "" : "over by " + fmt(perCase - 64) + " KB");
        md.append("\n");

        md.append("## Largest tables after the workload\n\n| table | stock (KB) | tuned (KB) |\n|---|---:|---:|\n");
        for (var table : tuned.tables.keySet()) {
            md.append("| ").append(table).append(" | ").append(kb(stock.tables.get(table))).append(" | ").append(kb(tuned.tables.get(table))).append(" |\n");
        }
        md.append("\n## Settings\n\nStock (set over Lifecase's own):\n\n");
        stock.settings.forEach((key, value) -> md.append("- `").append(key).append("=").append(value).append("`\n"));
        md.append("\nTuned: Lifecase's production settings as they are in `application.yml` and `application-postgres.yml`.\n");
        return md.toString();
    }

    private void variant(StringBuilder md, String name, RunResult run) {
        md.append("| ").append(name).append(" | ").append(fmt(run.settledPerSecond)).append(" | ")
                .append(ratio(tuned.settledPerSecond / run.settledPerSecond)).append(" | ").append(run.settleLatency).append(" | ")
                .append(fmt(run.commitsPerCase(events))).append(" | ").append(fmt(run.bytesPerCase(events) / KB)).append(" |\n");
    }

    private void row(StringBuilder md, String name, ToDoubleFunction<RunResult> figure, boolean higherIsBetter) {
        double s = figure.applyAsDouble(stock);
        double t = figure.applyAsDouble(tuned);
        md.append("| ").append(name).append(" | ").append(fmt(s)).append(" | ").append(fmt(t)).append(" | ")
                .append(s == 0 ? "" : ratio(t / s)).append(" |\n");
    }

    private void latencyRows(StringBuilder md, String name, java.util.function.Function<RunResult, Percentiles> latency) {
        var s = latency.apply(stock);
        var t = latency.apply(tuned);
        md.append("| ").append(name).append(", median / p95 / p99 | ").append(s).append(" | ").append(t).append(" | ")
                .append(s.count() == 0 || t.count() == 0 ? "" : ratio(t.median() / s.median()) + " / " + ratio(t.p95() / s.p95()) + " / "
                        + ratio(t.p99() / s.p99())).append(" |\n");
    }

    private static void target(StringBuilder md, String target, String measured, boolean met, String shortBy) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "met" : "**missed** " + shortBy).append(" |\n");
    }

    private String kb(Long bytes) {
        return bytes == null ? "" : fmt(bytes / KB);
    }

    String fmt(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * value);
    }

    static String table(Map<String, Long> sizes) {
        return sizes.toString();
    }
}
