package no.lifecase.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A run's key figures as plain key=value lines ({@code target/benchmark-figures.properties}), and those of the run the
 * docs quote ({@code docs/performance/previous-run.properties}), which the report shows beside this run's.
 */
final class KeyFigures {

    static final Path PREVIOUS = Path.of("docs", "performance", "previous-run.properties");

    /** Each figure's key and what it means, in the report's order. */
    static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("stock.settled-per-second", "stock: cases settled per second");
        labels.put("tuned.settled-per-second", "tuned: cases settled per second");
        labels.put("tuned-again.settled-per-second", "tuned, second round: cases settled per second");
        labels.put("stock-again.settled-per-second", "stock, second round: cases settled per second");
        labels.put("two-nodes.settled-per-second", "two nodes: cases settled per second");
        labels.put("stock.transactions-per-case", "stock: database transactions per case");
        labels.put("tuned.transactions-per-case", "tuned: database transactions per case");
        labels.put("tuned.births.transactions-per-case", "tuned: database transactions per case, births alone");
        labels.put("tuned.deaths.transactions-per-case", "tuned: database transactions per case, deaths alone");
        labels.put("tuned.cpu-ms-per-case.lifecase", "tuned: CPU ms per case, Lifecase JVM (with the benchmark's clients)");
        labels.put("tuned.cpu-ms-per-case.registers", "tuned: CPU ms per case, register JVM");
        labels.put("tuned.cpu-ms-per-case.postgresql", "tuned: CPU ms per case, PostgreSQL");
        labels.put("tuned.case-page.p95-ms", "tuned: case page p95 without pause (ms)");
        labels.put("tuned.case-page.requests-per-second", "tuned: case page requests per second");
        labels.put("tuned.page-a-second.p95-ms", "tuned: case page p95, a page a second (ms)");
        labels.put("tuned.kb-kept-per-closed-case", "tuned: KB kept per closed case");
        labels.put("day.seconds-to-open", "day's catch-up: seconds to every case opened");
        labels.put("day.seconds-to-settle", "day's catch-up: seconds to settle the backlog");
        labels.put("day.cases-per-second", "day's catch-up: cases per second");
        labels.put("day.transactions-per-case", "day's catch-up: database transactions per case");
        labels.put("floor.steps", "floor: asynchronous steps per instance");
        labels.put("floor.instances-per-second", "floor: instances completed per second");
        labels.put("floor.transactions-per-instance", "floor: database transactions per instance");
        labels.put("floor.cpu-ms-per-instance.lifecase", "floor: CPU ms per instance, Lifecase JVM");
        labels.put("floor.cpu-ms-per-instance.postgresql", "floor: CPU ms per instance, PostgreSQL");
        labels.put("ratio.cases-per-second", "Lifecase / floor: cases per second");
        labels.put("ratio.cpu-per-case", "Lifecase / floor: CPU per case (Lifecase JVM + PostgreSQL)");
        labels.put("ratio.cpu-per-transaction", "Lifecase / floor: CPU per transaction (Lifecase JVM + PostgreSQL)");
        return labels;
    }

    private KeyFigures() {
    }

    /** The previous run's figures, empty if the file is not there. */
    static Map<String, Double> previous() {
        var figures = new LinkedHashMap<String, Double>();
        if (!Files.isReadable(PREVIOUS)) {
            return figures;
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PREVIOUS)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().forEach(key -> figures.put(key, Double.parseDouble(properties.getProperty(key))));
        return figures;
    }

    /** Writes the figures that were measured (none that is not a number), in the labels' order. */
    static void write(Map<String, Double> figures, Path file) {
        var text = new StringBuilder("# Lifecase benchmark: key figures of one run (docs/performance.md)\n");
        LABELS.keySet().forEach(key -> {
            var value = figures.get(key);
            if (value != null && Double.isFinite(value)) {
                text.append(key).append('=').append(String.format(Locale.ROOT, "%.3f", value).replaceAll("\\.?0+$", "")).append('\n');
            }
        });
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
