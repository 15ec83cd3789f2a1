package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A register that fails makes the step that calls it retry, and finally raise an incident naming the register. */
@LifecaseIT
class RegisterFaultsIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private SimulatorFaults faults;

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    @Test
    void a_failing_register_makes_the_step_retry_and_then_raise_an_incident_naming_it() {
        var simulation = new Simulation(http, null, runtime, null);
        var mother = simulation.example("singleMother");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        // The case API reads Folkeregisteret before it opens the case, so the register fails only after that check: the
        // case's first step waits in the job queue meanwhile, as it does when the engine is busy.
        management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("having-a-child").suspend();
        ProcessInstance instance;
        try {
            var caseReference = admin().postForEntity("/api/cases", Map.of("lifeEvent", "having-a-child", "subject", child), Map.class);
            assertThat(caseReference.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) caseReference.getBody().get("reference")).singleResult();
            assertThat(management.createJobQuery().processInstanceId(instance.getId()).suspended().count()).as("the first step waits").isOne();
            faults.inject("folkeregisteret", Fault.serverError());
        } finally {
            management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("having-a-child").includeJobs(true).activate();
        }

        // The job executor makes the first attempt; the retries wait a minute each, so the test runs them itself.
        var job = await().atMost(Duration.ofSeconds(30)).until(
                () -> management.createJobQuery().processInstanceId(instance.getId()).singleResult(),
                found -> found != null && found.getExceptionMessage() != null);
        assertThat(job.getExceptionMessage()).isEqualTo("folkeregisteret is unavailable: HTTP 500");
        assertThat(job.getRetries()).as("retries left after the first attempt").isPositive();
        for (int attempt = 0; attempt < 10 && runtime.createIncidentQuery().processInstanceId(instance.getId()).count() == 0; attempt++) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                assertThat(expected).hasMessageContaining("folkeregisteret is unavailable: HTTP 500");
            }
        }

        var incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage()).isEqualTo("folkeregisteret is unavailable: HTTP 500");
        assertThat(incident.getActivityId()).isEqualTo("Task_FindFamily");
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }
}
