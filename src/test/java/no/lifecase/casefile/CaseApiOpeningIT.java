package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/cases} asks the register before it opens a case, and opens one case per life event and person while
 * it is open, also when two requests come at once (docs/adr/0037). The registers are the simulators, over HTTP.
 */
@LifecaseIT
class CaseApiOpeningIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private LifeEventCaseRepository cases;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private SimulatorFaults faults;

    @Autowired
    private ObjectMapper json;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, null, runtime, null);
    }

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    @Test
    void a_living_person_gets_no_death_case() throws Exception {
        var living = aNewAdult();
        var before = written("death-and-inheritance", living);

        var refused = open("death-and-inheritance", living);

        assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "subject");
        var problem = json.readTree(refused.getBody());
        assertThat(problem.path("detail").asText()).isEqualTo("Folkeregisteret has no death registered for this person");
        assertThat(problem.path("register").asText()).isEqualTo("folkeregisteret");
        assertThat(refused.getBody()).doesNotContain(living);
        assertNothingWritten(before, "death-and-inheritance", living);
    }

    @Test
    void an_adult_is_not_the_subject_of_a_having_a_child_case() throws Exception {
        var adult = aNewAdult();
        var before = written("having-a-child", adult);

        var refused = open("having-a-child", adult);

        assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "subject");
        assertThat(json.readTree(refused.getBody()).path("detail").asText())
                .isEqualTo("Folkeregisteret has no birth of this person in the last 30 days: a having-a-child case is about the newborn child");
        assertNothingWritten(before, "having-a-child", adult);
    }

    @Test
    void a_registered_death_opens_one_case_and_a_second_request_is_told_which() throws Exception {
        var deceased = aNewAdult();
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));

        var opened = open("death-and-inheritance", deceased);

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var view = json.readTree(opened.getBody());
        var reference = view.path("reference").asText();
        assertThat(opened.getHeaders().getLocation()).hasPath("/api/cases/" + reference);
        assertThat(view.path("status").asText()).isEqualTo("OPEN");
        var check = view.path("dataAccess").get(0);
        assertThat(check.path("register").asText()).as("the register check is on the case, with its purpose").isEqualTo("folkeregisteret");
        assertThat(check.path("about").asText()).isEqualTo(deceased);
        assertThat(check.path("purpose").asText()).isEqualTo(DeathAndInheritanceModule.LIFE_EVENT.accessPurpose().purpose().en());
        assertThat(texts(check.path("fields"))).containsExactly("status", "doedsfall");

        var again = open("death-and-inheritance", deceased);

        assertProblem(again, HttpStatus.CONFLICT, null);
        var problem = json.readTree(again.getBody());
        assertThat(problem.path("title").asText()).isEqualTo("Case already open");
        assertThat(problem.path("reference").asText()).isEqualTo(reference);
        assertThat(problem.path("detail").asText()).contains(reference);
        assertThat(casesOf("death-and-inheritance", deceased)).containsExactly(reference);
        assertThat(processInstancesOf("death-and-inheritance", deceased)).isEqualTo(1);
    }

    @Test
    void two_requests_at_once_for_a_newborn_open_exactly_one_case() throws Exception {
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var bothReady = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        List<ResponseEntity<String>> answers = new ArrayList<>();
        try {
            var first = CompletableFuture.supplyAsync(() -> openWhenBothAreReady(bothReady, child), pool);
            var second = CompletableFuture.supplyAsync(() -> openWhenBothAreReady(bothReady, child), pool);
            answers.add(first.get(60, TimeUnit.SECONDS));
            answers.add(second.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsExactlyInAnyOrder(201, 409);
        var created = answers.stream().filter(answer -> answer.getStatusCode() == HttpStatus.CREATED).findFirst().orElseThrow();
        var conflict = answers.stream().filter(answer -> answer.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
        var reference = json.readTree(created.getBody()).path("reference").asText();
        assertProblem(conflict, HttpStatus.CONFLICT, null);
        assertThat(json.readTree(conflict.getBody()).path("reference").asText()).isEqualTo(reference);
        assertThat(casesOf("having-a-child", child)).containsExactly(reference);
        assertThat(processInstancesOf("having-a-child", child)).isEqualTo(1);
    }

    @Test
    void a_register_that_throttles_answers_503_with_its_retry_after_and_nothing_is_written() throws Exception {
        var person = aNewAdult();
        var before = written("death-and-inheritance", person);
        faults.inject("folkeregisteret", Fault.tooManyRequests("2500"));   // Folkeregisteret counts milliseconds

        var unavailable = open("death-and-inheritance", person);

        assertProblem(unavailable, HttpStatus.SERVICE_UNAVAILABLE, null);
        assertThat(unavailable.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
        assertThat(json.readTree(unavailable.getBody()).path("register").asText()).isEqualTo("folkeregisteret");
        assertNothingWritten(before, "death-and-inheritance", person);
    }

    @Test
    void a_business_case_needs_its_founder_in_enhetsregisteret() throws Exception {
        var founder = aNewAdult();
        var stranger = simulation.example("widowed");
        var organisation = (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "ENK",
                "name", "Kvist Snekkeri", "founder", founder)).get("organisasjonsnummer");
        long before = cases.count();

        var withoutOrganisation = open("starting-a-business", founder);
        var notTheFounder = open("starting-a-business", stranger, organisation);
        var notVoluntary = open("starting-a-voluntary-organisation", founder, organisation);

        assertProblem(withoutOrganisation, HttpStatus.BAD_REQUEST, "organisation");
        assertProblem(notTheFounder, HttpStatus.UNPROCESSABLE_ENTITY, "subject");
        assertThat(json.readTree(notTheFounder.getBody()).path("register").asText()).isEqualTo("enhetsregisteret");
        assertProblem(notVoluntary, HttpStatus.UNPROCESSABLE_ENTITY, "organisation");
        assertThat(json.readTree(notVoluntary.getBody()).path("detail").asText())
                .isEqualTo("Enhetsregisteret registers organisation " + organisation + " with form ENK, not FLI");
        assertThat(cases.count()).isEqualTo(before);

        var opened = open("starting-a-business", founder, organisation);

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var reference = json.readTree(opened.getBody()).path("reference").asText();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(runtime.getVariable(instance.getId(), "organisationNumber")).isEqualTo(organisation);
        var again = open("starting-a-business", founder, organisation);
        assertProblem(again, HttpStatus.CONFLICT, null);
        assertThat(json.readTree(again.getBody()).path("reference").asText()).isEqualTo(reference);
    }

    @Test
    void a_life_event_the_citizen_starts_is_not_opened_here() throws Exception {
        var person = aNewAdult();
        var before = written("losing-and-finding-a-job", person);

        var refused = open("losing-and-finding-a-job", person);

        assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY, "lifeEvent");
        assertThat(json.readTree(refused.getBody()).path("detail").asText()).contains("started by the citizen in the portal");
        assertNothingWritten(before, "losing-and-finding-a-job", person);
    }

    @Test
    void the_api_description_lists_every_answer_of_opening_a_case() throws Exception {
        var docs = json.readTree(http.getForObject("/v3/api-docs/cases", String.class));

        var responses = docs.path("paths").path("/api/cases").path("post").path("responses");

        assertThat(iterable(responses.fieldNames())).contains("201", "400", "409", "422", "503");
        assertThat(responses.path("503").path("headers").has(HttpHeaders.RETRY_AFTER)).isTrue();
        assertThat(responses.path("409").path("content").has(MediaType.APPLICATION_PROBLEM_JSON_VALUE)).isTrue();
    }

    private ResponseEntity<String> openWhenBothAreReady(CyclicBarrier bothReady, String subject) {
        try {
            bothReady.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other request never came", e);
        }
        return open("having-a-child", subject);
    }

    private ResponseEntity<String> open(String lifeEvent, String subject) {
        return admin().postForEntity("/api/cases", Map.of("lifeEvent", lifeEvent, "subject", subject), String.class);
    }

    private ResponseEntity<String> open(String lifeEvent, String subject, String organisation) {
        return admin().postForEntity("/api/cases", Map.of("lifeEvent", lifeEvent, "subject", subject, "organisation", organisation),
                String.class);
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    /**
     * An adult nobody else's test has met: one who just moved to Norway. The examples of the population are shared by
     * every test, and another may have opened a case for them directly.
     */
    private String aNewAdult() {
        return Simulation.persons(simulation.post("/sim/folkeregisteret/immigration",
                Map.of("fromCountry", "SWE", "municipality", "0301", "residenceBasis", "eu-eea"))).get("person");
    }

    private List<String> casesOf(String lifeEvent, String subject) {
        return cases.findBySubjectOrderByOpenedAtDescIdDesc(subject).stream()
                .filter(one -> one.lifeEventId().equals(lifeEvent)).map(one -> one.reference().value()).toList();
    }

    private long processInstancesOf(String lifeEvent, String subject) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(lifeEvent).variableValueEquals("subject", subject).count();
    }

    /** What the other tests left: they share the population, so a person may have a closed case of theirs already. */
    private record Written(long cases, List<String> casesOfSubject, long processInstances) {
    }

    private Written written(String lifeEvent, String subject) {
        return new Written(cases.count(), casesOf(lifeEvent, subject), processInstancesOf(lifeEvent, subject));
    }

    private void assertNothingWritten(Written before, String lifeEvent, String subject) {
        assertThat(written(lifeEvent, subject)).as("no case row, no process instance").isEqualTo(before);
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status, String field) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("Exception");
        if (field != null) {
            assertThat(new ObjectMapper().readTree(response.getBody()).path("field").asText()).isEqualTo(field);
        }
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
