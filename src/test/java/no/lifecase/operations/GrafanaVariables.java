package no.lifecase.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The variables in a dashboard's PromQL, filled in as Grafana fills them before it sends a query to Prometheus: the
 * built-in intervals for the dashboard's default time range and the data source's scrape interval, and the dashboard's
 * own template variables with their current value. A variable Grafana does not know stays as written, as Grafana
 * leaves it, and Prometheus then refuses the query.
 */
final class GrafanaVariables {

    /** Grafana's scrape interval for a Prometheus data source that sets none ({@code jsonData.timeInterval}). */
    static final Duration DEFAULT_SCRAPE_INTERVAL = Duration.ofSeconds(15);

    /** About how many points wide a panel is: Grafana asks for at most one point per pixel. */
    private static final int DATA_POINTS = 1000;

    private static final Path DATA_SOURCE = Path.of("ops/grafana/provisioning/datasources/prometheus.yml");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::[^}]*)?}|\\[\\[(\\w+)]]|\\$(\\w+)");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    private final Map<String, String> values;

    private GrafanaVariables(Map<String, String> values) {
        this.values = values;
    }

    /** As Grafana fills them for the dashboard with the data source ops/grafana/provisioning gives it. */
    @SuppressWarnings("unchecked")
    static GrafanaVariables shipped(GrafanaDashboard dashboard) {
        try {
            Map<String, Object> provisioning = new Yaml().load(Files.readString(DATA_SOURCE));
            var source = (Map<String, Object>) ((List<Object>) provisioning.get("datasources")).get(0);
            var settings = (Map<String, Object>) source.getOrDefault("jsonData", Map.of());
            var scrapeInterval = settings.containsKey("timeInterval")
                    ? duration((String) settings.get("timeInterval")) : DEFAULT_SCRAPE_INTERVAL;
            return of(dashboard, scrapeInterval);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GrafanaVariables of(GrafanaDashboard dashboard, Duration scrapeInterval) {
        var range = dashboard.defaultTimeRange();
        var interval = later(scrapeInterval, Duration.ofSeconds(range.dividedBy(DATA_POINTS).toSeconds()));
        // Grafana's rule: at least four scrapes, and one interval plus one scrape, so that rate() always sees two samples.
        var rateInterval = later(interval.plus(scrapeInterval), scrapeInterval.multipliedBy(4));
        var values = new HashMap<String, String>();
        values.put("__interval", promql(interval));
        values.put("__interval_ms", String.valueOf(interval.toMillis()));
        values.put("__rate_interval", promql(rateInterval));
        values.put("__range", promql(range));
        values.put("__range_s", String.valueOf(range.toSeconds()));
        values.put("__range_ms", String.valueOf(range.toMillis()));
        for (var variable : dashboard.templateVariables()) {
            values.put(variable.path("name").asText(), currentValue(variable));
        }
        return new GrafanaVariables(values);
    }

    /** The expression with every variable Grafana knows replaced by its value. */
    String fillIn(String expression) {
        var found = VARIABLE.matcher(expression);
        var filled = new StringBuilder();
        while (found.find()) {
            var name = found.group(1) != null ? found.group(1) : found.group(2) != null ? found.group(2) : found.group(3);
            found.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(name, found.group())));
        }
        found.appendTail(filled);
        return filled.toString();
    }

    /** A Grafana or Prometheus duration of one unit: {@code 15s}, {@code 1m}, {@code 6h}. */
    static Duration duration(String text) {
        var parsed = DURATION.matcher(text.trim());
        if (!parsed.matches()) {
            throw new IllegalArgumentException("Not a duration Grafana reads: " + text);
        }
        var amount = Long.parseLong(parsed.group(1));
        return switch (parsed.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            case "w" -> Duration.ofDays(7 * amount);
            default -> Duration.ofDays(365 * amount);
        };
    }

    /**
     * A template variable's current value as Grafana writes it into PromQL: one value as it is, several as a regular
     * expression of alternatives; "All", or no value chosen yet, as every value.
     */
    private static String currentValue(JsonNode variable) {
        var current = variable.path("current").path("value");
        var chosen = new ArrayList<String>();
        if (current.isArray()) {
            current.forEach(value -> chosen.add(value.asText()));
        } else if (!current.isMissingNode() && !current.asText().isEmpty()) {
            chosen.add(current.asText());
        }
        if (chosen.isEmpty() || chosen.contains("$__all")) {
            return variable.hasNonNull("allValue") ? variable.path("allValue").asText() : ".+";
        }
        return chosen.size() == 1 ? chosen.get(0) : "(" + String.join("|", chosen) + ")";
    }

    private static String promql(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    private static Duration later(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
