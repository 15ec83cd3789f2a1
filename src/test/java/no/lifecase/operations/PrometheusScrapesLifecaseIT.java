package no.lifecase.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.lifeevent.havingachild.HavingAChild;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Prometheus scrapes Lifecase, and the Grafana dashboard's queries find data (docs/adr/0048-operators-see-lifecase.md).
 * A real Prometheus server runs the repository's ops/prometheus/prometheus.yml, pointed at this node, scrapes
 * {@code /actuator/prometheus} as the scrape account while a birth opens a case, and answers every query of every panel
 * of ops/grafana/lifecase.json as Grafana sends it. Skipped where Prometheus is not installed (Debian package
 * {@code prometheus}, which .ci/run installs). Grafana itself does not run here.
 */
@LifecaseIT
class PrometheusScrapesLifecaseIT {

    private static final Path SHIPPED_CONFIG = Path.of("ops/prometheus/prometheus.yml");
    private static final String HAVING_A_CHILD = HavingAChild.PROCESS_ID;
    /** What Prometheus asks for first (its Accept header), and what carries exemplars. */
    private static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0";

    /** Every 2 s rather than every 15 s, so the test waits less; the queries' windows stay those Grafana sends. */
    private static final String SCRAPE_INTERVAL = "2s";
    private static final Duration FIRST_SCRAPE_TIMEOUT = Duration.ofSeconds(30);
    /**
     * A scrape after the case opened, and a reading of the gauges, which are kept 10 s; well inside the 60 s the rates
     * look back, so what the case did is still in them when the waiting ends and a failure names what is missing.
     */
    private static final Duration DATA_TIMEOUT = Duration.ofSeconds(30);

    /** What an operator must see once a case has been opened: every query that reads one of these metrics has data. */
    private static final Map<String, List<String>> CORE_PANELS = core();
    /** The overdue tasks show only the agencies that have any ({@code > 0}): no data there means none is overdue. */
    private static final List<String> SHOWS_ONLY_WHAT_IS_WRONG = List.of("lifecase_tasks_overdue");
    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private FeedPoller feeds;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;

    @TempDir
    private Path workDirectory;

    private final GrafanaDashboard dashboard = GrafanaDashboard.shipped();
    private LocalPrometheus prometheus;

    @AfterEach
    void stopPrometheus() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void the_openmetrics_scrape_prometheus_asks_for_carries_no_exemplars_which_prometheus_before_2_43_refuses() {
        staffTrafficWithATrace();

        var headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, OPENMETRICS);
        headers.setBasicAuth("prometheus", LifecaseIT.METRICS_PASSWORD);
        var scrape = http.exchange(MetricsSecurity.PROMETHEUS, HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getHeaders().getContentType()).hasToString(OPENMETRICS + ";charset=utf-8");
        assertThat(scrape.getBody()).contains("http_server_requests_seconds_count").doesNotContain(" # {");
    }

    @Test
    void promtool_accepts_the_shipped_configuration_and_the_copy_pointed_at_this_node() throws IOException {
        prometheusIsInstalled();
        assertThat(LocalPrometheus.checkConfig(SHIPPED_CONFIG)).contains("SUCCESS");
        assertThat(LocalPrometheus.checkConfig(configPointedAtThisNode())).contains("SUCCESS");
    }

    @Test
    void prometheus_scrapes_lifecase_and_every_dashboard_query_answers_with_the_core_panels_showing_the_opened_case()
            throws Exception {
        prometheusIsInstalled();
        var config = configPointedAtThisNode();
        LocalPrometheus.checkConfig(config);
        prometheus = LocalPrometheus.start(config, workDirectory);
        awaitScrapedAsTheScrapeAccount();

        caseOpenedByABirth();

        var answers = evaluateUntilShown(GrafanaVariables.shipped(dashboard));

        assertThat(answers).filteredOn(Answer::refused).as("queries Prometheus refused").isEmpty();
        assertTheCaseIsShown(answers);
    }

    /** What the dashboard shows once the birth has opened a case: the core panels, and every other query but one. */
    private void assertTheCaseIsShown(List<Answer> answers) {
        CORE_PANELS.forEach((panel, metrics) -> assertThat(answers).as("the queries that show %s", panel)
                .filteredOn(answer -> readsAny(answer.query(), metrics)).isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.hasData()).as("%s has data: %s", answer, answer.json()).isTrue()));
        assertThat(answers).filteredOn(answer -> !readsAny(answer.query(), SHOWS_ONLY_WHAT_IS_WRONG))
                .allSatisfy(answer -> assertThat(answer.hasData()).as("%s has data: %s", answer, answer.json()).isTrue());
        assertThat(samplesOf(answers, "lifecase_cases_opened_total")).as("cases opened in the last hour, per life event")
                .anySatisfy(sample -> {
                    assertThat(sample.labels()).containsEntry("life_event", HAVING_A_CHILD);
                    assertThat(sample.value()).isPositive();
                });
        assertThat(samplesOf(answers, "lifecase_feed_events_handled_total")).as("feed events per minute, per feed and outcome")
                .anySatisfy(sample -> {
                    assertThat(sample.labels()).containsEntry("feed", "folkeregisteret").containsEntry("outcome", "opened");
                    assertThat(sample.value()).isPositive();
                });
        assertThat(samplesOf(answers, "lifecase_register_calls_seconds_bucket")).as("the latency of the register the case called")
                .anySatisfy(sample -> {
                    assertThat(sample.labels()).containsEntry("register", "folkeregisteret");
                    assertThat(sample.value()).isFinite().isPositive();
                });
    }

    private static List<Sample> samplesOf(List<Answer> answers, String metric) {
        return answers.stream().filter(answer -> readsAny(answer.query(), List.of(metric))).flatMap(answer -> answer.samples().stream()).toList();
    }

    private static void prometheusIsInstalled() {
        assumeTrue(LocalPrometheus.isInstalled(),
                "No prometheus and promtool on the PATH (Debian package prometheus): the Prometheus scrape test is skipped");
    }

    /**
     * Requests of staff in a trace their caller chose to sample (W3C {@code traceparent}, flag 01), which Lifecase
     * continues: the HTTP server's timer records them while a sampled span is current, as an exemplar would need.
     */
    private void staffTrafficWithATrace() {
        for (var i = 0; i < 3; i++) {
            var headers = new HttpHeaders();
            headers.setBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
            headers.set("traceparent", "00-%032x-%016x-01".formatted(new BigInteger(120, RANDOM).add(BigInteger.ONE),
                    RANDOM.nextLong(1, Long.MAX_VALUE)));
            assertThat(http.exchange("/api/models", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
    }

    /** The shipped configuration as it stands, but scraping this node with the tests' scrape password, more often. */
    @SuppressWarnings("unchecked")
    private Path configPointedAtThisNode() throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(SHIPPED_CONFIG));
        var passwordFile = Files.writeString(workDirectory.resolve("scrape-password"), LifecaseIT.METRICS_PASSWORD);
        ((Map<String, Object>) config.get("global")).put("scrape_interval", SCRAPE_INTERVAL);
        for (var job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            assertThat(job).as("scrape job %s", job.get("job_name")).containsKeys("basic_auth", "static_configs");
            ((Map<String, Object>) job.get("basic_auth")).put("password_file", passwordFile.toString());
            for (var targets : (List<Map<String, Object>>) job.get("static_configs")) {
                targets.put("targets", List.of("127.0.0.1:" + port));
            }
        }
        var block = new DumperOptions();
        block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return Files.writeString(workDirectory.resolve("prometheus.yml"), new Yaml(block).dump(config));
    }

    /** Until Prometheus has scraped this node: {@code up} is 1 only for a scrape that the node answered with metrics. */
    private void awaitScrapedAsTheScrapeAccount() throws InterruptedException {
        var deadline = Instant.now().plus(FIRST_SCRAPE_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var up = prometheus.query("up == 1").path("data").path("result");
            if (!up.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Prometheus did not scrape Lifecase within " + FIRST_SCRAPE_TIMEOUT + "; its targets: "
                + prometheus.targets() + "\n" + prometheus.log());
    }

    /** As operators see it happen: a birth in Folkeregisteret's feed opens a case, which calls the register. */
    private void caseOpenedByABirth() {
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");   // a fresh feed starts after the register's last event
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        simulation.caseOpenedByFeed("folkeregisteret", HAVING_A_CHILD, child);
        await().atMost(Duration.ofSeconds(60)).until(() -> feeds.poll("folkeregisteret").events() == 0);   // read to the end
    }

    /**
     * Every query, as Grafana sends it, asked again until the dashboard shows the case (a scrape after it, and the
     * gauges read again); a refused query ends the waiting at once, since time does not mend it.
     */
    private List<Answer> evaluateUntilShown(GrafanaVariables variables) throws InterruptedException {
        var deadline = Instant.now().plus(DATA_TIMEOUT);
        while (true) {
            var answers = new ArrayList<Answer>();
            for (var query : dashboard.queries()) {
                var promql = variables.fillIn(query.expr());
                answers.add(new Answer(query, promql, prometheus.query(promql)));
            }
            if (answers.stream().anyMatch(Answer::refused) || shown(answers) || Instant.now().isAfter(deadline)) {
                return answers;
            }
            Thread.sleep(2000);
        }
    }

    private boolean shown(List<Answer> answers) {
        try {
            assertTheCaseIsShown(answers);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    private static boolean readsAny(GrafanaDashboard.Query query, List<String> metrics) {
        return GrafanaDashboard.metricNamesOf(query.expr()).stream().anyMatch(metrics::contains);
    }

    private static Map<String, List<String>> core() {
        var core = new LinkedHashMap<String, List<String>>();
        core.put("cases opened", List.of("lifecase_cases_opened_total"));
        core.put("open cases", List.of("lifecase_cases_open"));
        core.put("feed lag", List.of("lifecase_feed_lag_events", "lifecase_feed_lag_seconds"));
        core.put("register call latency", List.of("lifecase_register_calls_seconds_bucket"));
        core.put("jobs", List.of("lifecase_jobs_waiting", "lifecase_jobs_retrying", "lifecase_jobs_failed"));
        core.put("job runs", List.of("lifecase_job_run_seconds_count"));
        return core;
    }

    /** What Prometheus answered to one query of the dashboard. */
    record Answer(GrafanaDashboard.Query query, String promql, JsonNode json) {

        /**
         * Refused: an error, a warning, or a range vector, which Grafana's graph cannot draw (a panel asks for a range
         * of instants, and Prometheus refuses a range vector there).
         */
        boolean refused() {
            var type = json.path("data").path("resultType").asText();
            return !"success".equals(json.path("status").asText()) || !json.path("warnings").isEmpty()
                    || !("vector".equals(type) || "scalar".equals(type));
        }

        /** A value a graph can draw: at least one sample that is a number. */
        boolean hasData() {
            return !refused() && samples().stream().anyMatch(sample -> Double.isFinite(sample.value()));
        }

        List<Sample> samples() {
            var data = json.path("data");
            var samples = new ArrayList<Sample>();
            if ("scalar".equals(data.path("resultType").asText())) {
                samples.add(new Sample(Map.of(), number(data.path("result").path(1).asText())));
            } else {
                data.path("result").forEach(series -> {
                    var labels = new LinkedHashMap<String, String>();
                    series.path("metric").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
                    samples.add(new Sample(labels, number(series.path("value").path(1).asText())));
                });
            }
            return samples;
        }

        private static double number(String prometheusValue) {
            return switch (prometheusValue) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                case "NaN", "" -> Double.NaN;
                default -> Double.parseDouble(prometheusValue);
            };
        }

        @Override
        public String toString() {
            return query + (promql.equals(query.expr()) ? "" : " (sent as " + promql + ")")
                    + (refused() ? " was refused: " + json.path("errorType").asText() + " " + json.path("error").asText()
                            + json.path("warnings") + " " + json.path("data").path("resultType").asText() : "");
        }
    }

    record Sample(Map<String, String> labels, double value) {
    }
}
