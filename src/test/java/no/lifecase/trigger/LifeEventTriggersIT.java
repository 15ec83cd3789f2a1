package no.lifecase.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Register events as they happen in the simulated registers, read through the real feeds and clients over
 * HTTP: a birth opens a having-a-child case, a death a death-and-inheritance case, and the court's decision
 * reaches the death case. A register that fails makes the step retry and finally raise an incident naming it.
 */
@LifecaseIT
class LifeEventTriggersIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private ManagementService management;

    @Autowired
    private SimulatorFaults faults;

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    @Test
    void a_birth_in_folkeregisteret_opens_one_case_that_reads_the_family_from_the_register() {
        feeds.poll("folkeregisteret");   // a fresh feed starts after the register's last event
        var mother = example("marriedMotherUnder40");
        var birth = post("/sim/folkeregisteret/birth", Map.of("mother", mother));
        var child = persons(birth).get("child");

        var instance = await().atMost(Duration.ofSeconds(60)).until(() -> {
            feeds.poll("folkeregisteret");
            return caseOf("having-a-child", child);
        }, found -> found != null);

        await().atMost(Duration.ofSeconds(60)).until(() -> passed(instance, "Task_FindFamily"));
        var lifeEventCase = admin().getForObject("/api/cases/{reference}", Map.class, instance.getBusinessKey());
        assertThat(lifeEventCase).containsEntry("lifeEvent", "having-a-child").containsEntry("subject", child);
        assertThat(entries(lifeEventCase, "timeline")).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("STEP_COMPLETED Find the parents and who has parental responsibility");
        assertThat(entries(lifeEventCase, "dataAccess")).extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("folkeregisteret " + child);
        assertThat(runtime.getVariable(instance.getId(), "motherId")).isEqualTo(mother);

        feeds.poll("folkeregisteret");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("having-a-child")
                .variableValueEquals("subject", child).count()).as("the same birth never opens a second case").isEqualTo(1);
    }

    @Test
    void a_death_opens_a_case_and_the_courts_decision_reaches_it() {
        feeds.poll("folkeregisteret");
        var deceased = example("marriedParentWithMinorChildren");
        post("/sim/folkeregisteret/death", Map.of("person", deceased));

        var instance = await().atMost(Duration.ofSeconds(60)).until(() -> {
            feeds.poll("folkeregisteret");
            return caseOf("death-and-inheritance", deceased);
        }, found -> found != null);
        await().atMost(Duration.ofSeconds(60)).until(() -> passed(instance, "Task_FindFamily"));
        assertThat(runtime.getVariable(instance.getId(), "hasSpouse")).isEqualTo(true);

        // The heirs are told and the agencies notified; then the case waits for the court.
        await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createEventSubscriptionQuery()
                .processInstanceId(instance.getId()).eventName("EstateSettlementDecided").count() > 0);
        post("/sim/domstol/dodsbo", Map.of("deceased", deceased, "skifteform", "PRIVAT_SKIFTE"));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            feeds.poll("domstol");
            return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName("settlementForm").count() > 0;
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("settlementForm").singleResult().getValue()).isEqualTo("PRIVAT_SKIFTE");
    }

    @Test
    void a_failing_register_makes_the_step_retry_and_then_raise_an_incident_naming_it() {
        var mother = example("singleMother");
        faults.inject("folkeregisteret", Fault.serverError());
        var birthFeedWorks = post("/sim/folkeregisteret/birth", Map.of("mother", mother));
        var child = persons(birthFeedWorks).get("child");
        var caseReference = admin().postForEntity("/api/cases", Map.of("lifeEvent", "having-a-child", "subject", child), Map.class);
        assertThat(caseReference.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) caseReference.getBody().get("reference")).singleResult();

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

    private ProcessInstance caseOf(String lifeEvent, String subject) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(lifeEvent).variableValueEquals("subject", subject).singleResult();
    }

    private boolean passed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId).finished().count() > 0;
    }

    private String example(String kind) {
        return (String) http.getForObject("/sim/population/examples", Map.class).get(kind);
    }

    private Map<?, ?> post(String path, Map<String, Object> body) {
        var response = http.postForEntity(path, body, Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s answered %s: %s", path, response.getStatusCode(), response.getBody()).isTrue();
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> persons(Map<?, ?> scenario) {
        return (Map<String, String>) scenario.get("persons");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<?, ?> lifeEventCase, String name) {
        return (List<Map<String, Object>>) lifeEventCase.get(name);
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }
}
