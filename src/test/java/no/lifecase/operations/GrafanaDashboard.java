package no.lifecase.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The shipped Grafana dashboard, ops/grafana/lifecase.json, and the metrics its queries read. */
final class GrafanaDashboard {

    static final Path FILE = Path.of("ops/grafana/lifecase.json");

    /** PromQL words that are not metric names: keywords and operators spelt as words. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "offset", "bool", "and", "or", "unless", "atan2", "inf", "nan");

    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\\w(])(?!\\s*\\()");

    private final JsonNode json;

    private GrafanaDashboard(JsonNode json) {
        this.json = json;
    }

    static GrafanaDashboard shipped() {
        try {
            return new GrafanaDashboard(new ObjectMapper().readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashboard written out here, e.g. one with template variables, which the shipped one has none of. */
    static GrafanaDashboard parse(String text) {
        try {
            return new GrafanaDashboard(new ObjectMapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json() {
        return json;
    }

    /** The panels that show data (rows left out). */
    List<JsonNode> panels() {
        var panels = new ArrayList<JsonNode>();
        json.path("panels").forEach(panel -> {
            if (!"row".equals(panel.path("type").asText())) {
                panels.add(panel);
            }
        });
        return panels;
    }

    /** Every PromQL expression of every panel. */
    List<String> expressions() {
        return queries().stream().map(Query::expr).toList();
    }

    /** Every query of every panel, with the panel it belongs to. */
    List<Query> queries() {
        var queries = new ArrayList<Query>();
        panels().forEach(panel -> panel.path("targets").forEach(target -> queries.add(
                new Query(panel.path("title").asText(), target.path("refId").asText(), target.path("expr").asText()))));
        return queries;
    }

    /** The dashboard's default time range ({@code time.from}, e.g. {@code now-6h}), which Grafana opens it with. */
    Duration defaultTimeRange() {
        var from = json.path("time").path("from").asText();
        if (!from.startsWith("now-") || !"now".equals(json.path("time").path("to").asText("now"))) {
            throw new IllegalStateException("The dashboard's time range is not now-<duration> to now: " + json.path("time"));
        }
        return GrafanaVariables.duration(from.substring("now-".length()));
    }

    /** The dashboard's template variables ({@code templating.list}). */
    List<JsonNode> templateVariables() {
        var variables = new ArrayList<JsonNode>();
        json.path("templating").path("list").forEach(variables::add);
        return variables;
    }

    /** One query of a panel: the PromQL Grafana sends once it has filled in the variables. */
    record Query(String panel, String refId, String expr) {

        @Override
        public String toString() {
            return "panel \"" + panel + "\" query " + refId + ": " + expr;
        }
    }

    /** The metrics (sample names, e.g. {@code lifecase_cases_opened_total}) the dashboard's queries read. */
    Set<String> metricNames() {
        var names = new TreeSet<String>();
        expressions().forEach(expression -> names.addAll(metricNamesOf(expression)));
        return names;
    }

    static Set<String> metricNamesOf(String expression) {
        var bare = STRINGS.matcher(expression).replaceAll("");
        bare = LABEL_MATCHERS.matcher(bare).replaceAll("");
        bare = RANGES.matcher(bare).replaceAll("");
        bare = GROUPING.matcher(bare).replaceAll("");
        var names = new TreeSet<String>();
        var found = IDENTIFIER.matcher(bare);
        while (found.find()) {
            var name = found.group(1);
            if (!KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }
}
