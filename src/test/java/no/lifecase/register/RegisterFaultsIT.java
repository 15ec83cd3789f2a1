package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A register that fails makes the step that calls it retry, and finally raise an incident naming the register; health
 * shows the register's circuit open; when the register answers again, the incident resolves itself.
 */
@LifecaseIT
class RegisterFaultsIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private HistoryService history;

    @Autowired
    private SimulatorFaults faults;

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    @Test
    void a_failing_register_makes_the_step_retry_and_then_raise_an_incident_naming_it() {
        var instance = casesForNewborns(1, Fault.serverError()).get(0);

        // The job executor makes the first attempt; the retries wait a minute each, so the test runs them itself.
        var job = firstAttemptFailed(instance);
        assertThat(job.getExceptionMessage()).isEqualTo("folkeregisteret is unavailable: HTTP 500");
        assertThat(job.getRetries()).as("retries left after the first attempt").isPositive();
        runOutOfRetries(job, "folkeregisteret is unavailable: HTTP 500");

        var incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage()).isEqualTo("folkeregisteret is unavailable: HTTP 500");
        assertThat(incident.getActivityId()).isEqualTo("Task_FindFamily");
    }

    @Test
    void a_register_away_for_a_whole_retry_cycle_raises_incidents_that_resolve_themselves_when_it_answers_again() {
        var cases = casesForNewborns(2, Fault.status(503));
        var jobs = cases.stream().map(this::firstAttemptFailed).toList();
        jobs.forEach(job -> runOutOfRetries(job, "folkeregisteret is unavailable: HTTP 503"));

        for (var instance : cases) {
            var incident = openIncident(instance);
            assertThat(incident.getIncidentMessage()).isEqualTo("folkeregisteret is unavailable: HTTP 503");
            assertThat(incident.getActivityId()).isEqualTo("Task_FindFamily");
        }
        var folkeregisteret = registerHealth("folkeregisteret");
        assertThat(folkeregisteret.get("status")).isEqualTo("CIRCUIT_OPEN");
        assertThat(details(folkeregisteret))
                .containsEntry("lastProblem", "HTTP 503")
                .containsKey("since")
                .hasEntrySatisfying("state", state -> assertThat(state).isIn("open", "half-open"))
                .hasEntrySatisfying("failures", failures -> assertThat((Integer) failures).isGreaterThanOrEqualTo(5));
        // The node still works: it stays in the load balancer, and the readiness probe does not look at registers.
        var whole = admin().getForEntity("/actuator/health", Map.class);
        assertThat(whole.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(whole.getBody().get("status")).isEqualTo("CIRCUIT_OPEN");
        assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getBody().get("status")).isEqualTo("UP");

        faults.clear("folkeregisteret");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var instance : cases) {
                assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
                assertThat(simulation().passed(instance, "Task_FindFamily")).as("the case went on").isTrue();
            }
        });
        for (var instance : cases) {
            assertThat(history.createHistoricIncidentQuery().processInstanceId(instance.getId()).resolved().count())
                    .as("resolved, as Cockpit's incident history shows").isPositive();
            assertThat(history.createHistoricIncidentQuery().processInstanceId(instance.getId()).open().count()).isZero();
        }
        var answering = registerHealth("folkeregisteret");
        assertThat(answering.get("status")).isEqualTo("UP");
        assertThat(details(answering)).containsEntry("state", "closed").containsEntry("failures", 0);
    }

    @Test
    void only_administrators_see_the_registers_in_health() {
        var anonymous = http.getForEntity("/actuator/health", Map.class);
        Map<String, Object> components = components(admin().getForObject("/actuator/health", Map.class));

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody()).containsKey("status").doesNotContainKey("components");
        assertThat(components).containsKeys("registers", "db");
        assertThat(components(part(components, "registers"))).containsKeys("folkeregisteret", "enhetsregisteret", "krr", "domstol");
    }

    /**
     * Cases for newborns, opened while the register still answers (the case API reads it before it opens a case); their
     * first steps wait in the job queue meanwhile, as they do when the engine is busy, and meet the fault.
     */
    private List<ProcessInstance> casesForNewborns(int count, Fault fault) {
        management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("having-a-child").suspend();
        try {
            var cases = IntStream.range(0, count).mapToObj(i -> caseForANewborn()).toList();
            faults.inject("folkeregisteret", fault);
            return cases;
        } finally {
            management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("having-a-child").includeJobs(true).activate();
        }
    }

    private ProcessInstance caseForANewborn() {
        var simulation = simulation();
        var mother = simulation.example("singleMother");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var created = admin().postForEntity("/api/cases", Map.of("lifeEvent", "having-a-child", "subject", child), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) created.getBody().get("reference")).singleResult();
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).suspended().count()).as("the first step waits").isOne();
        return instance;
    }

    private Job firstAttemptFailed(ProcessInstance instance) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> management.createJobQuery().processInstanceId(instance.getId()).singleResult(),
                found -> found != null && found.getExceptionMessage() != null);
    }

    private void runOutOfRetries(Job job, String failure) {
        for (int attempt = 0; attempt < 10 && runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count() == 0; attempt++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                assertThat(expected).hasMessageContaining(failure);
            }
        }
    }

    /** Once the register has been quiet a moment, a trial may hold the incident's job for a while: wait for it. */
    private Incident openIncident(ProcessInstance instance) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult(), found -> found != null);
    }

    private Map<String, Object> registerHealth(String register) {
        var whole = admin().getForObject("/actuator/health", Map.class);
        return part(components(part(components(whole), "registers")), register);
    }

    private static Map<String, Object> components(Map<?, ?> health) {
        return part(health, "components");
    }

    private static Map<String, Object> details(Map<?, ?> health) {
        return part(health, "details");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<?, ?> json, String name) {
        return (Map<String, Object>) json.get(name);
    }

    private Simulation simulation() {
        return new Simulation(http, null, runtime, history);
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }
}
