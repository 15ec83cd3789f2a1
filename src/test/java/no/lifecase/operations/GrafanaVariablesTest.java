package no.lifecase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's PromQL is sent to Prometheus with its variables filled in as Grafana fills them, so that
 * {@code PrometheusScrapesLifecaseIT} asks what Grafana would ask.
 */
class GrafanaVariablesTest {

    private static final GrafanaDashboard SIX_HOURS_WITH_VARIABLES = GrafanaDashboard.parse("""
            {"time": {"from": "now-6h", "to": "now"},
             "templating": {"list": [
               {"name": "job", "type": "query", "current": {"text": "lifecase", "value": "lifecase"}},
               {"name": "instance", "type": "query", "current": {"text": "All", "value": ["$__all"]}, "allValue": ".*"},
               {"name": "register", "type": "custom", "current": {"value": ["krr", "udi"]}},
               {"name": "feed", "type": "query"}
             ]},
             "panels": []}
            """);

    @Test
    void the_rate_interval_is_four_scrapes_or_one_interval_and_a_scrape_whichever_is_longer() {
        var variables = GrafanaVariables.of(SIX_HOURS_WITH_VARIABLES, Duration.ofSeconds(15));

        assertThat(variables.fillIn("rate(a_total[$__rate_interval])")).isEqualTo("rate(a_total[60s])");
        assertThat(variables.fillIn("rate(a_total[${__rate_interval}])")).isEqualTo("rate(a_total[60s])");
        assertThat(variables.fillIn("increase(a_total[$__range]) / $__range_s")).isEqualTo("increase(a_total[21600s]) / 21600");
        assertThat(variables.fillIn("avg_over_time(a[$__interval])")).as("6 h over about 1000 points")
                .isEqualTo("avg_over_time(a[21s])");
        assertThat(GrafanaVariables.of(SIX_HOURS_WITH_VARIABLES, Duration.ofMinutes(1)).fillIn("rate(a_total[$__rate_interval])"))
                .isEqualTo("rate(a_total[240s])");
    }

    @Test
    void template_variables_take_their_current_value_and_all_means_every_value() {
        var variables = GrafanaVariables.of(SIX_HOURS_WITH_VARIABLES, Duration.ofSeconds(15));

        assertThat(variables.fillIn("up{job=\"$job\", instance=~\"$instance\"}")).isEqualTo("up{job=\"lifecase\", instance=~\".*\"}");
        assertThat(variables.fillIn("a{register=~\"${register}\", feed=~\"[[feed]]\"}")).isEqualTo("a{register=~\"(krr|udi)\", feed=~\".+\"}");
    }

    @Test
    void a_variable_grafana_does_not_know_stays_as_written_for_prometheus_to_refuse() {
        assertThat(GrafanaVariables.of(SIX_HOURS_WITH_VARIABLES, Duration.ofSeconds(15)).fillIn("up{job=\"$unknown\"}"))
                .isEqualTo("up{job=\"$unknown\"}");
    }

    @Test
    void the_shipped_dashboard_is_filled_in_for_the_shipped_data_source() {
        var dashboard = GrafanaDashboard.shipped();
        var variables = GrafanaVariables.shipped(dashboard);

        assertThat(dashboard.queries()).isNotEmpty().allSatisfy(query ->
                assertThat(variables.fillIn(query.expr())).as("%s", query).doesNotContainPattern("\\$\\w|\\$\\{|\\[\\["));
    }
}
