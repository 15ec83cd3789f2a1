package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The case API as an agency system or operator uses it, on PostgreSQL, with the engine's REST API beside it. */
@LifecaseIT
class CaseApiIT {

    /** A valid synthetic (Tenor) fødselsnummer from Skatteetaten's test vectors, unknown to the simulated Folkeregisteret. */
    private static final String SUBJECT = "03851598730";

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private LifeEventCaseRepository cases;

    @Autowired
    private Flyway flyway;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private SimulatorFaults faults;

    @Autowired
    private IdentityService identity;

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    @Test
    void a_case_is_opened_worked_by_an_agency_and_closed_with_its_timeline() {
        var simulation = new Simulation(anonymous, null, runtime, null);
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        // The case API finds the newborn in Folkeregisteret; the case's first step waits in the job queue meanwhile.
        management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("having-a-child").suspend();
        ResponseEntity<Map> opened;
        try {
            opened = admin().postForEntity("/api/cases", json("{\"lifeEvent\":\"having-a-child\",\"subject\":\"" + child + "\"}"), Map.class);
            // Then the register loses track of the child: it answers "not found" until the case has taken that path.
            faults.inject("folkeregisteret", Fault.status(404));
        } finally {
            management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("having-a-child").includeJobs(true).activate();
        }

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var reference = (String) opened.getBody().get("reference");
        assertThat(reference).matches("LE-\\d{4}-\\d{6,}");
        assertThat(opened.getHeaders().getLocation()).hasPath("/api/cases/" + reference);
        assertThat(opened.getBody()).containsEntry("status", "OPEN").containsEntry("lifeEvent", "having-a-child");

        // Folkeregisteret does not find the child when the first step asks, so Skatteetaten is asked to check the birth registration.
        var task = await().atMost(Duration.ofSeconds(30)).until(() -> tasksOf("skatteetaten", reference), tasks -> tasks.size() == 1).get(0);
        faults.clear();
        assertThat(task).containsEntry("name", "Kontroller registreringen av fødselen");
        var plan = admin().exchange("/api/cases/{reference}/plan", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }, reference).getBody();
        assertThat(plan).extracting(step -> step.get("name"), step -> step.get("status"), step -> step.get("agency")).containsExactly(
                tuple("Check the birth registration", "IN_PROGRESS", "skatteetaten"),
                tuple("The birth registration has been checked", "NEXT", null));

        var completion = admin().postForEntity("/engine-rest/task/{id}/complete",
                json("{\"variables\":{\"birthRegistrationOutcome\":{\"value\":\"corrected\",\"type\":\"String\"}}}"), Void.class, task.get("id"));
        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var closed = admin().getForEntity(opened.getHeaders().getLocation(), Map.class).getBody();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("subject", child);
        assertThat(closed.get("closedAt")).isNotNull();
        @SuppressWarnings("unchecked")
        var timeline = (List<Map<String, Object>>) closed.get("timeline");
        assertThat(timeline).extracting(entry -> entry.get("kind"), entry -> entry.get("text"), entry -> entry.get("agency"))
                .containsExactly(
                        tuple("CASE_OPENED", "Case opened: Having a child", null),
                        tuple("EVENT", "A child is born", null),
                        tuple("STEP_STARTED", "Find the parents and who has parental responsibility", null),
                        tuple("STEP_CANCELLED", "Find the parents and who has parental responsibility", null),
                        tuple("EVENT", "The child is not found in Folkeregisteret", null),
                        tuple("STEP_STARTED", "Check the birth registration", "skatteetaten"),
                        tuple("DECISION_MADE", "Skatteetaten has decided on \"Check the birth registration\": What did you find?: The registration was incomplete and has been corrected", "skatteetaten"),
                        // The completed step names its agency as its start does: the citizen's line for it may name the agency.
                        tuple("STEP_COMPLETED", "Check the birth registration", "skatteetaten"),
                        tuple("EVENT", "The birth registration has been checked", null),
                        tuple("CASE_CLOSED", "Case closed", null));
    }

    @Test
    void an_invalid_identity_number_is_refused_naming_the_field_without_echoing_it() {
        long before = cases.count();

        var problem = admin().postForEntity("/api/cases", json("{\"lifeEvent\":\"having-a-child\",\"subject\":\"20036914712\"}"), String.class);

        assertProblem(problem, HttpStatus.BAD_REQUEST, "subject");
        assertThat(problem.getBody()).doesNotContain("20036914712");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void an_unknown_life_event_is_refused_naming_the_field() {
        long before = cases.count();

        var problem = admin().postForEntity("/api/cases", json("{\"lifeEvent\":\"winning-the-lottery\",\"subject\":\"" + SUBJECT + "\"}"), String.class);

        assertProblem(problem, HttpStatus.BAD_REQUEST, "lifeEvent");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void malformed_json_is_refused_with_problem_details() {
        var problem = admin().postForEntity("/api/cases", json("{\"lifeEvent\": "), String.class);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem.getBody()).contains("\"title\":\"Malformed request body\"").doesNotContain("Exception");
    }

    @Test
    void a_wrongly_typed_field_is_named() {
        var problem = admin().postForEntity("/api/cases", json("{\"lifeEvent\":\"having-a-child\",\"subject\":{\"nested\":1}}"), String.class);

        assertProblem(problem, HttpStatus.BAD_REQUEST, "subject");
    }

    @Test
    void an_unknown_reference_answers_404_problem_details() {
        var problem = admin().getForEntity("/api/cases/LE-2026-999999999", String.class);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem.getBody()).contains("\"title\":\"Case not found\"");
    }

    @Test
    void the_case_api_and_the_engine_api_require_a_staff_login() {
        assertThat(anonymous.getForEntity("/api/cases/LE-2026-000001", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.withBasicAuth("nobody", "wrong").getForEntity("/api/cases/LE-2026-000001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void the_case_list_shows_the_newest_cases_first_and_one_life_events_on_request() {
        var simulation = new Simulation(anonymous, null, runtime, null);
        var deceased = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration",
                Map.of("fromCountry", "SWE", "municipality", "0301", "residenceBasis", "eu-eea"))).get("person");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));
        var death = opened("death-and-inheritance", deceased);
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var birth = opened("having-a-child", child);

        var all = caseList("/api/cases");
        var deaths = caseList("/api/cases?lifeEvent=death-and-inheritance&size=100");

        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).containsEntry("page", 0).containsEntry("size", 20);
        assertThat(references(all.getBody())).as("newest first").containsSubsequence(birth, death);
        assertThat(casesIn(all.getBody())).filteredOn(one -> one.get("reference").equals(death)).singleElement()
                .satisfies(one -> assertThat(one).containsEntry("lifeEvent", "death-and-inheritance").containsEntry("subject", deceased)
                        .containsEntry("status", "OPEN").containsKey("openedAt"));
        assertThat(casesIn(all.getBody())).extracting(one -> (String) one.get("openedAt"))
                .isSortedAccordingTo(Comparator.<String, Instant>comparing(Instant::parse).reversed());
        assertThat(references(deaths.getBody())).contains(death).doesNotContain(birth);
        assertThat(casesIn(deaths.getBody())).extracting(one -> one.get("lifeEvent")).containsOnly("death-and-inheritance");
    }

    @Test
    void the_case_list_refuses_an_unknown_life_event_and_a_page_out_of_range_naming_the_field() {
        assertProblem(admin().getForEntity("/api/cases?lifeEvent=winning-the-lottery", String.class), HttpStatus.BAD_REQUEST, "lifeEvent");
        assertProblem(admin().getForEntity("/api/cases?size=0", String.class), HttpStatus.BAD_REQUEST, "size");
        assertProblem(admin().getForEntity("/api/cases?size=101", String.class), HttpStatus.BAD_REQUEST, "size");
        assertProblem(admin().getForEntity("/api/cases?page=-1", String.class), HttpStatus.BAD_REQUEST, "page");
    }

    @Test
    void the_case_list_is_for_administrators_only() {
        var caseworker = StaffUsers.of(CaseApiIT.class).nav();
        StaffUsers.user(identity, caseworker, "nav");

        assertThat(anonymous.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.withBasicAuth(caseworker, StaffUsers.passwordOf(caseworker)).getForEntity("/api/cases", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_migrations_are_all_applied_and_valid_on_postgresql() throws Exception {
        assertThat(flyway.getConfiguration().getDataSource().getConnection().getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().applied()).allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
    }

    private String opened(String lifeEvent, String subject) {
        var opened = admin().postForEntity("/api/cases", json("{\"lifeEvent\":\"" + lifeEvent + "\",\"subject\":\"" + subject + "\"}"), Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) opened.getBody().get("reference");
    }

    private ResponseEntity<Map<String, Object>> caseList(String url) {
        return admin().exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> casesIn(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("cases");
    }

    private static List<String> references(Map<String, Object> page) {
        return casesIn(page).stream().map(one -> (String) one.get("reference")).toList();
    }

    private List<Map<String, Object>> tasksOf(String agency, String reference) {
        return admin().exchange("/engine-rest/task?candidateGroup={agency}&processInstanceBusinessKey={reference}", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }, agency, reference).getBody();
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
