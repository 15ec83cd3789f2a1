package no.lifecase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml starts Prometheus and Grafana beside Lifecase, and what they read is in the repository and fits
 * together: Docker cannot run here, so the files are read as Docker, Prometheus and Grafana would read them
 * (docs/adr/0048-operators-see-lifecase.md). That every metric the dashboard queries exists is shown by a real
 * scrape in {@code OperationsMetricsIT}.
 */
class OperationsStackTest {

    private static final Map<String, Object> COMPOSE = yaml(Path.of("docker-compose.yml"));
    private static final Map<String, Object> PROMETHEUS = yaml(Path.of("ops/prometheus/prometheus.yml"));

    @Test
    void compose_starts_prometheus_and_grafana_from_pinned_images_with_the_repositorys_files() {
        var services = map(COMPOSE, "services");

        assertThat(services).containsKeys("db", "app", "prometheus", "grafana");
        for (var name : List.of("prometheus", "grafana")) {
            var service = map(services, name);
            assertThat((String) service.get("image")).as("%s image", name).matches("[\\w./-]+:v?\\d+\\.\\d+\\.\\d+");
            assertThat(list(service, "ports")).as("%s listens on this machine only", name)
                    .allSatisfy(port -> assertThat((String) port).startsWith("127.0.0.1:"));
            for (var volume : list(service, "volumes")) {
                var source = ((String) volume).split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Path.of(source)).as("%s mounts %s", name, source).exists();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheus_scrapes_the_app_as_the_scrape_account_with_the_password_the_app_is_given() {
        var job = (Map<String, Object>) list(PROMETHEUS, "scrape_configs").get(0);
        var auth = (Map<String, Object>) job.get("basic_auth");
        var targets = list((Map<String, Object>) list(job, "static_configs").get(0), "targets");
        var prometheus = map(map(COMPOSE, "services"), "prometheus");
        var app = map(map(COMPOSE, "services"), "app");

        assertThat(job.get("metrics_path")).isEqualTo(MetricsSecurity.PROMETHEUS);
        assertThat(targets).containsExactly("app:8080");
        assertThat(auth.get("username")).as("the default of lifecase.metrics.scrape-user").isEqualTo("prometheus");
        assertThat(list(prometheus, "secrets")).containsExactly("lifecase_metrics_password");
        assertThat(auth.get("password_file")).isEqualTo("/run/secrets/lifecase_metrics_password");
        assertThat(map(map(COMPOSE, "secrets"), "lifecase_metrics_password")).containsEntry("environment", "LIFECASE_METRICS_PASSWORD");
        assertThat((String) map(app, "environment").get("LIFECASE_METRICS_PASSWORD")).startsWith("${LIFECASE_METRICS_PASSWORD");
        assertThat(list(prometheus, "volumes")).contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafana_provisions_the_prometheus_data_source_and_the_dashboard_it_names() {
        var grafana = map(map(COMPOSE, "services"), "grafana");
        var source = (Map<String, Object>) list(yaml(Path.of("ops/grafana/provisioning/datasources/prometheus.yml")), "datasources").get(0);
        var provider = (Map<String, Object>) list(yaml(Path.of("ops/grafana/provisioning/dashboards/lifecase.yml")), "providers").get(0);
        var dashboardPath = (String) map(provider, "options").get("path");
        var dashboard = GrafanaDashboard.shipped();

        assertThat(list(grafana, "volumes")).contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./" + GrafanaDashboard.FILE + ":" + dashboardPath + "/lifecase.json:ro");
        assertThat(source).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(dashboard.json().path("uid").asText()).isEqualTo("lifecase");
        assertThat(dashboard.panels()).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("title").asText()).isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(source.get("uid"));
            assertThat(panel.path("targets")).isNotEmpty().allSatisfy(target -> {
                assertThat(target.path("expr").asText()).isNotBlank();
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo(source.get("uid"));
            });
        });
    }

    @Test
    void the_dashboard_shows_every_metric_the_operators_were_promised() {
        assertThat(GrafanaDashboard.shipped().metricNames()).contains(
                "lifecase_cases_opened_total", "lifecase_cases_closed_total", "lifecase_cases_open",
                "lifecase_feed_lag_events", "lifecase_feed_lag_seconds",
                "lifecase_jobs_waiting", "lifecase_jobs_failed", "lifecase_incidents_open",
                "lifecase_register_calls_seconds_bucket", "lifecase_register_errors_total",
                "lifecase_tasks_open", "lifecase_tasks_overdue");
    }

    @Test
    void metric_names_are_found_in_promql_past_functions_labels_ranges_and_grouping() {
        assertThat(GrafanaDashboard.metricNamesOf(
                "histogram_quantile(0.95, sum by (register, le) (rate(lifecase_register_calls_seconds_bucket{register=~\"krr|udi\"}[$__rate_interval])))"))
                .containsExactly("lifecase_register_calls_seconds_bucket");
        assertThat(GrafanaDashboard.metricNamesOf("max by (agency) (lifecase_tasks_overdue) > 0 or on() vector(0)"))
                .containsExactly("lifecase_tasks_overdue");
        assertThat(GrafanaDashboard.metricNamesOf("sum(rate(a_sum[5m])) / sum(rate(a_count[5m]))"))
                .containsExactly("a_count", "a_sum");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        return (List<Object>) parent.get(key);
    }
}
