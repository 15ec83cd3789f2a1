package no.lifecase.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.casefile.CaseTypes;
import no.lifecase.lifeevent.havingachild.HavingAChild;
import no.lifecase.register.RegisterProperties;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What an operator sees of a case, on real PostgreSQL with the registers over HTTP (docs/adr/0048): the scrape of
 * {@code /actuator/prometheus} after a birth opens a case shows each of Lifecase's metrics, beside the engine's and the
 * JVM's, with a value that fits what happened; every metric the Grafana dashboard queries is in it; only administrators
 * and the scrape account may read it; and every log line about the case names it and a trace, masking the child's
 * number. The gauges read the database at most every 10 s, so they are awaited.
 */
@LifecaseIT
@ExtendWith(OutputCaptureExtension.class)
class OperationsMetricsIT {

    private static final String HAVING_A_CHILD = HavingAChild.PROCESS_ID;
    private static final Duration GAUGE_REFRESH = Duration.ofSeconds(40);

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private FeedPoller feeds;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private IdentityService identity;
    @Autowired
    private AgencyNotices notices;
    @Autowired
    private CaseTypes caseTypes;
    @Autowired
    private RegisterProperties registers;

    private final ObjectMapper json = new ObjectMapper();
    private final StaffUsers staff = StaffUsers.of(OperationsMetricsIT.class);
    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");   // a fresh feed starts after the register's last event
    }

    @Test
    void after_a_birth_opens_a_case_the_scrape_shows_each_of_lifecases_metrics_with_a_sensible_value() {
        var before = scrape();
        double openedBefore = before.value("lifecase_cases_opened_total", Map.of("life_event", HAVING_A_CHILD)).orElse(0.0);
        double closedBefore = before.value("lifecase_cases_closed_total", Map.of("life_event", HAVING_A_CHILD)).orElse(0.0);
        double callsBefore = before.value("lifecase_register_calls_seconds_count",
                Map.of("register", "folkeregisteret", "outcome", "success")).orElse(0.0);

        var instance = birthOpensACase();
        var homeVisit = homeVisitOf(instance);
        var municipality = tasks.getIdentityLinksForTask(homeVisit.getId()).get(0).getGroupId();
        await().atMost(Duration.ofSeconds(60)).until(() -> feeds.poll("folkeregisteret").events() == 0);   // read to the end

        var afterOpening = scrape();
        assertThat(caseTypes.all()).allSatisfy(type -> {
            assertThat(afterOpening.value("lifecase_cases_opened_total", Map.of("life_event", type.id()))).as("opened %s", type.id()).isPresent();
            assertThat(afterOpening.value("lifecase_cases_closed_total", Map.of("life_event", type.id()))).as("closed %s", type.id()).isPresent();
            assertThat(afterOpening.value("lifecase_cases_open", Map.of("life_event", type.id(), "status", "waiting"))).isPresent();
        });
        assertThat(afterOpening.value("lifecase_cases_opened_total", Map.of("life_event", HAVING_A_CHILD))).hasValue(openedBefore + 1);
        assertThat(afterOpening.value("lifecase_register_calls_seconds_count", Map.of("register", "folkeregisteret", "outcome", "success")))
                .hasValueSatisfying(calls -> assertThat(calls).isGreaterThan(callsBefore));
        assertThat(afterOpening.all("lifecase_register_calls_seconds_bucket")).as("the latency histogram's buckets")
                .anySatisfy(bucket -> assertThat(bucket.labels()).containsEntry("register", "folkeregisteret").containsEntry("le", "0.1"));
        assertThat(registers.registers().keySet()).allSatisfy(register -> {
            assertThat(afterOpening.value("lifecase_register_errors_total", Map.of("register", register))).as("errors of %s", register)
                    .hasValueSatisfying(errors -> assertThat(errors).isNotNegative());
            assertThat(afterOpening.value("lifecase_register_circuit_open", Map.of("register", register))).as("circuit of %s", register)
                    .hasValueSatisfying(open -> assertThat(open).isIn(0.0, 1.0));
        });
        assertThat(afterOpening.value("lifecase_register_circuit_open", Map.of("register", "folkeregisteret"))).as("it just answered").hasValue(0.0);
        assertThat(afterOpening.all("lifecase_job_run_seconds_count")).as("the job runs of the case")
                .anySatisfy(runs -> assertThat(runs.value()).isPositive());
        assertThat(afterOpening.value("lifecase_feed_poll_seconds_count", Map.of("feed", "folkeregisteret", "error", "none")))
                .hasValueSatisfying(polls -> assertThat(polls).isPositive());
        assertThat(afterOpening.names()).as("the engine's, the JVM's, the pool's and the server's metrics beside Lifecase's")
                .contains("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count",
                        "process_uptime_seconds");

        // A job out of retries (an incident with it) and an overdue task, as a register outage and a slow agency leave them.
        var namingDeadline = management.createJobQuery().processInstanceId(instance.getId())
                .activityId(HavingAChild.Element.NAMING_DEADLINE_PASSED).singleResult();
        management.setJobRetries(namingDeadline.getId(), 0);
        tasks.setDueDate(homeVisit.getId(), Date.from(Instant.now().minus(Duration.ofDays(1))));
        try {
            awaitScrape(scrape -> {
                assertThat(scrape.all("lifecase_cases_open")).as("open or waiting for the mother's answer")
                        .filteredOn(cases -> cases.has(Map.of("life_event", HAVING_A_CHILD)))
                        .extracting(Scrape.Sample::value).hasSize(2).satisfies(both -> assertThat(both.get(0) + both.get(1)).isGreaterThanOrEqualTo(1));
                assertThat(scrape.value("lifecase_feed_lag_events", Map.of("feed", "folkeregisteret"))).hasValue(0.0);
                assertThat(scrape.value("lifecase_feed_lag_seconds", Map.of("feed", "folkeregisteret")))
                        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(0.0, 60.0));
                assertThat(scrape.value("lifecase_feed_lag_events", Map.of("feed", "enhetsregisteret"))).as("every feed has its lag").isPresent();
                assertThat(scrape.value("lifecase_jobs_waiting", Map.of())).hasValueSatisfying(jobs -> assertThat(jobs).isNotNegative());
                assertThat(scrape.value("lifecase_jobs_retrying", Map.of())).hasValueSatisfying(jobs -> assertThat(jobs).isNotNegative());
                assertThat(scrape.value("lifecase_jobs_failed", Map.of())).hasValueSatisfying(jobs -> assertThat(jobs).isGreaterThanOrEqualTo(1));
                assertThat(scrape.value("lifecase_incidents_open", Map.of("process", HAVING_A_CHILD)))
                        .hasValueSatisfying(incidents -> assertThat(incidents).isGreaterThanOrEqualTo(1));
                assertThat(scrape.value("lifecase_tasks_open", Map.of("agency", municipality)))
                        .hasValueSatisfying(open -> assertThat(open).isGreaterThanOrEqualTo(1));
                assertThat(scrape.value("lifecase_tasks_overdue", Map.of("agency", municipality)))
                        .hasValueSatisfying(overdue -> assertThat(overdue).isGreaterThanOrEqualTo(1));
                assertThat(scrape.names()).as("every metric the Grafana dashboard queries")
                        .containsAll(GrafanaDashboard.shipped().metricNames());
            });
        } finally {
            management.setJobRetries(namingDeadline.getId(), 1);
        }

        stopThroughTheEngineApi(instance);

        assertThat(scrape().value("lifecase_cases_closed_total", Map.of("life_event", HAVING_A_CHILD))).hasValue(closedBefore + 1);
    }

    @Test
    void only_administrators_and_the_scrape_account_read_the_metrics_and_the_account_reads_nothing_else() {
        staff.ensure(identity);

        assertThat(get(MetricsSecurity.PROMETHEUS, null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(MetricsSecurity.PROMETHEUS, "prometheus", "not-the-password").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(MetricsSecurity.PROMETHEUS, staff.nav(), StaffUsers.passwordOf(staff.nav())).getStatusCode())
                .as("a caseworker").isEqualTo(HttpStatus.FORBIDDEN);
        var asAdministrator = get(MetricsSecurity.PROMETHEUS, LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
        assertThat(asAdministrator.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asAdministrator.getBody()).contains("lifecase_cases_opened_total");
        var asScraper = get(MetricsSecurity.PROMETHEUS, "prometheus", LifecaseIT.METRICS_PASSWORD);
        assertThat(asScraper.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asScraper.getHeaders().getContentType().toString()).startsWith("text/plain");

        for (var elsewhere : List.of("/api/cases", "/engine-rest/process-definition/count", "/api/agency/nav/tasks", "/api/models")) {
            assertThat(get(elsewhere, "prometheus", LifecaseIT.METRICS_PASSWORD).getStatusCode())
                    .as("the scrape account at %s", elsewhere).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void every_log_line_about_a_case_opened_through_the_case_api_names_the_case_and_a_trace_and_masks_the_child(CapturedOutput output)
            throws Exception {
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth",
                Map.of("mother", simulation.example("marriedMotherUnder40")))).get("child");
        var opened = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .postForEntity("/api/cases", Map.of("lifeEvent", HAVING_A_CHILD, "subject", child), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var reference = json.readTree(opened.getBody()).path("reference").asText();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference, HAVING_A_CHILD).singleResult();
        await().atMost(Duration.ofSeconds(90)).until(() -> !notices.sentFor(reference).isEmpty());   // sent by a job
        stopThroughTheEngineApi(instance);

        var lines = jsonLines(output);
        var aboutTheCase = lines.stream().filter(line -> line.path("message").asText().contains(reference)
                || reference.equals(line.path("caseReference").asText())).toList();

        assertThat(aboutTheCase).extracting(line -> line.path("message").asText())
                .anySatisfy(message -> assertThat(message).startsWith("Opened case " + reference))
                .anySatisfy(message -> assertThat(message).startsWith("Sent notice").contains("for case " + reference))
                .anySatisfy(message -> assertThat(message).isEqualTo("Closed case " + reference));
        assertThat(aboutTheCase).allSatisfy(line -> {
            assertThat(line.path("caseReference").asText()).as("case of %s", line).isEqualTo(reference);
            assertThat(line.path("traceId").asText()).as("trace of %s", line).matches("[0-9a-f]{16,32}");
        });
        assertThat(aboutTheCase.stream().map(line -> line.path("traceId").asText()).distinct().count())
                .as("the request that opened it, the jobs that ran it and the request that stopped it are traces of their own")
                .isGreaterThanOrEqualTo(3);
        assertThat(output.getAll()).as("no line shows the child's whole number").doesNotContain(child)
                .contains(child.substring(0, 6) + "*****");
    }

    private ProcessInstance birthOpensACase() {
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        return simulation.caseOpenedByFeed("folkeregisteret", HAVING_A_CHILD, child);
    }

    private Task homeVisitOf(ProcessInstance instance) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(HavingAChild.Element.HOME_VISIT).singleResult(), task -> task != null);
    }

    /** As an operator stops a case from Cockpit: a request of its own, with a trace of its own. */
    private void stopThroughTheEngineApi(ProcessInstance instance) {
        var deleted = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .exchange("/engine-rest/process-instance/{id}", HttpMethod.DELETE, null, String.class, instance.getId());
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private Scrape scrape() {
        var answer = get(MetricsSecurity.PROMETHEUS, "prometheus", LifecaseIT.METRICS_PASSWORD);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return Scrape.parse(answer.getBody());
    }

    private void awaitScrape(Consumer<Scrape> expectations) {
        await().atMost(GAUGE_REFRESH).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> expectations.accept(scrape()));
    }

    private ResponseEntity<String> get(String path, String user, String password) {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_PLAIN));
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The JSON lines of the output (profile "postgres"); anything else the JVM printed is left out. */
    private List<JsonNode> jsonLines(CapturedOutput output) throws Exception {
        var lines = new ArrayList<JsonNode>();
        for (var line : output.getAll().split("\n")) {
            if (line.startsWith("{\"@timestamp\"")) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines).as("JSON log lines").isNotEmpty();
        return lines;
    }
}
