package no.lifecase.lifeevent.newinnorway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Moves to Norway in the simulated Folkeregisteret, followed to the end of their cases through the real feed, the
 * Folkeregisteret, UDI and KRR clients and the simulated agencies: a refugee is offered everything the law gives,
 * each offer by its agency or municipality; a D-number holder is shown the way to a fødselsnummer, and when it comes
 * the D-number case is told and the resident's case starts under the new number.
 */
@LifecaseIT
class NewInNorwayIT {

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
    private AgencyNotices notices;

    @Autowired
    private CitizenLetters letters;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");   // a fresh feed starts after the register's last event
    }

    @Test
    void a_refugee_is_offered_everything_the_law_gives_each_by_its_agency_and_the_case_closes() {
        var refugee = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration", Map.of("fromCountry", "SYR",
                "municipality", "4601", "sex", "kvinne", "residencePermit", "midlertidig", "residenceBasis", "refugee"))).get("person");

        var instance = simulation.caseOpenedByFeed("folkeregisteret", "new-in-norway", refugee);
        var reference = instance.getBusinessKey();

        var programme = awaitTask(instance, "Task_OfferIntroductionProgramme");
        var taxCard = awaitTask(instance, "Task_IssueTaxCard");
        var membership = awaitTask(instance, "Task_AssessMembership");
        var gp = awaitTask(instance, "Task_ChooseRegularGp");
        assertThat(candidateGroups(programme)).containsExactly("kommune-4601");
        assertThat(candidateGroups(taxCard)).containsExactly("skatteetaten");
        assertThat(candidateGroups(membership)).containsExactly("nav");
        assertThat(gp.getAssignee()).as("the GP offer is the newcomer's to answer").isEqualTo(refugee);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ApplyForFodselsnummer").count())
                .as("a fødselsnummer needs no application").isZero();
        assertThat(plan(reference)).extracting(step -> step.get("name") + " " + step.get("status") + " " + step.get("agency"))
                .contains("Offer the introduction programme and Norwegian training IN_PROGRESS kommune-4601",
                        "Issue your tax card IN_PROGRESS skatteetaten",
                        "Assess your membership in folketrygden IN_PROGRESS nav");

        tasks.complete(programme.getId(), Map.of("introductionProgrammeOutcome", "start-agreed"));
        tasks.complete(taxCard.getId(), Map.of("taxCardOutcome", "issued"));
        tasks.complete(membership.getId(), Map.of("membershipDecision", "member-resident"));
        tasks.complete(gp.getId(), Map.of("regularGpChoice", "choose", "regularGpWish", "near the school"));

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));
        var closed = simulation.caseView(reference);
        assertThat(Simulation.entries(closed, "timeline")).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("CASE_OPENED Case opened: New in Norway",
                        "STEP_COMPLETED Read your registration in Folkeregisteret",
                        "STEP_COMPLETED Find the basis of your residence",
                        "STEP_COMPLETED Send you an overview of your next steps",
                        "EVENT You are registered as resident with a fødselsnummer",
                        "STEP_COMPLETED Offer the introduction programme and Norwegian training",
                        "STEP_COMPLETED Issue your tax card",
                        "STEP_COMPLETED Assess your membership in folketrygden",
                        "STEP_COMPLETED Choose your regular GP",
                        "STEP_COMPLETED Send your choice of regular GP to Helfo",
                        "CASE_CLOSED Case closed");
        assertThat(Simulation.entries(closed, "dataAccess")).extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("folkeregisteret " + refugee, "udi " + refugee, "krr " + refugee);
        assertThat(notices.sentFor(reference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactlyInAnyOrder("kommune-4601 newcomer-introduction-programme", "skatteetaten newcomer-tax-card",
                        "nav newcomer-membership", "helfo newcomer-regular-gp-choice");
        assertThat(letters.sentFor(reference)).extracting(letter -> letter.letter() + " " + letter.recipient())
                .containsExactly("new-in-norway-welcome " + refugee);
    }

    @Test
    void a_d_number_holder_is_shown_the_way_to_a_fodselsnummer_and_then_gets_a_residents_offers() {
        var worker = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration",
                Map.of("fromCountry", "IND", "dNumber", true, "sex", "mann", "residenceBasis", "work"))).get("person");

        var dNumberCase = simulation.caseOpenedByFeed("folkeregisteret", "new-in-norway", worker);
        var dNumberReference = dNumberCase.getBusinessKey();
        var application = awaitTask(dNumberCase, "Task_ApplyForFodselsnummer");
        assertThat(application.getAssignee()).isEqualTo(worker);
        var dNumberTaxCard = awaitTask(dNumberCase, "Task_IssueTaxCard");
        var dNumberMembership = awaitTask(dNumberCase, "Task_AssessMembership");
        assertThat(runtime.getVariable(dNumberCase.getId(), "identityRoute")).isEqualTo("d-number");
        assertThat(tasks.createTaskQuery().processInstanceId(dNumberCase.getId()).taskDefinitionKey("Task_ChooseRegularGp").count())
                .as("no regular GP before residence").isZero();

        tasks.complete(application.getId(), Map.of("fodselsnummerApplicationChoice", "apply", "stayBasis", "work",
                "moveNotificationConfirmed", true));
        await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createExecutionQuery().processInstanceId(dNumberCase.getId())
                .activityId("Task_AwaitFodselsnummer").count() == 1);

        var resident = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration",
                Map.of("person", worker, "fromCountry", "IND", "municipality", "5001"))).get("person");
        var residentCase = simulation.caseOpenedByFeed("folkeregisteret", "new-in-norway", resident);
        simulation.awaitPassed(dNumberCase, "Task_AwaitFodselsnummer");
        assertThat(residentCase.getBusinessKey()).isNotEqualTo(dNumberReference);

        var gp = awaitTask(residentCase, "Task_ChooseRegularGp");
        assertThat(gp.getAssignee()).isEqualTo(resident);
        var taxCard = awaitTask(residentCase, "Task_IssueTaxCard");
        var membership = awaitTask(residentCase, "Task_AssessMembership");
        assertThat(runtime.getVariable(residentCase.getId(), "identityRoute")).isEqualTo("fodselsnummer-from-d-number");
        assertThat(tasks.createTaskQuery().processInstanceId(residentCase.getId()).taskDefinitionKey("Task_OfferIntroductionProgramme")
                .count()).as("work gives no introduction programme").isZero();

        tasks.complete(dNumberTaxCard.getId(), Map.of("taxCardOutcome", "issued"));
        tasks.complete(dNumberMembership.getId(), Map.of("membershipDecision", "member-work"));
        tasks.complete(gp.getId(), Map.of("regularGpChoice", "decline"));
        tasks.complete(taxCard.getId(), Map.of("taxCardOutcome", "already-issued"));
        tasks.complete(membership.getId(), Map.of("membershipDecision", "member-resident"));

        var residentReference = residentCase.getBusinessKey();
        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(dNumberReference).get("status"))
                && "CLOSED".equals(simulation.caseView(residentReference).get("status")));
        assertThat(Simulation.entries(simulation.caseView(dNumberReference), "timeline"))
                .extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("STEP_COMPLETED Tell us whether you will stay six months or more",
                        "STEP_COMPLETED Send your notice of moving to Norway to Skatteetaten",
                        "STEP_COMPLETED Wait for Skatteetaten to give you a fødselsnummer",
                        "CASE_CLOSED Case closed");
        assertThat(Simulation.entries(simulation.caseView(residentReference), "timeline"))
                .extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("EVENT Your fødselsnummer has replaced your D-number", "CASE_CLOSED Case closed")
                .doesNotContain("EVENT You are registered as resident with a fødselsnummer");
        assertThat(notices.sentFor(dNumberReference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactlyInAnyOrder("skatteetaten newcomer-move-notification", "skatteetaten newcomer-tax-card",
                        "nav newcomer-membership");
        assertThat(notices.sentFor(residentReference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactlyInAnyOrder("skatteetaten newcomer-tax-card", "nav newcomer-membership");
        assertThat(Simulation.entries(simulation.caseView(residentReference), "dataAccess"))
                .extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("folkeregisteret " + resident, "udi " + resident);
    }

    @Test
    void the_model_its_decisions_and_forms_pass_the_process_owners_validation() throws IOException {
        var body = new LinkedMultiValueMap<String, Object>();
        for (var file : List.of("src/main/java/no/lifecase/lifeevent/newinnorway/new-in-norway.bpmn", "src/main/java/no/lifecase/lifeevent/newinnorway/decisions/newcomer-entitlements.dmn",
                "src/main/java/no/lifecase/lifeevent/newinnorway/decisions/newcomer-agency-routing.dmn", "src/main/java/no/lifecase/lifeevent/newinnorway/forms/immigration-registration-check.form",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/fodselsnummer-application.form", "src/main/java/no/lifecase/lifeevent/newinnorway/forms/newcomer-tax-card.form", "src/main/java/no/lifecase/lifeevent/newinnorway/forms/newcomer-membership.form",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/choose-regular-gp.form", "src/main/java/no/lifecase/lifeevent/newinnorway/forms/introduction-programme-offer.form",
                "src/main/java/no/lifecase/lifeevent/newinnorway/new-in-norway_nb.properties", "src/main/java/no/lifecase/lifeevent/newinnorway/new-in-norway_nn.properties",
                "src/main/java/no/lifecase/lifeevent/newinnorway/new-in-norway_en.properties",
                // the citizen forms' texts in bokmål, nynorsk and English (docs/adr/0052)
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/fodselsnummer-application_nb.properties",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/fodselsnummer-application_nn.properties",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/fodselsnummer-application_en.properties",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/choose-regular-gp_nb.properties",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/choose-regular-gp_nn.properties",
                "src/main/java/no/lifecase/lifeevent/newinnorway/forms/choose-regular-gp_en.properties")) {
            var path = Path.of(file);
            var content = Files.readAllBytes(path);
            body.add("files", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return path.getFileName().toString();
                }
            });
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        var response = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD).exchange("/api/models/validation",
                HttpMethod.POST, new HttpEntity<>(body, headers), new ParameterizedTypeReference<Map<String, Object>>() { });

        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat((List<?>) response.getBody().get("findings")).as("findings")
                .noneMatch(finding -> "ERROR".equals(((Map<?, ?>) finding).get("severity")));
        assertThat(response.getBody().get("deployable")).isEqualTo(true);
    }

    private Task awaitTask(ProcessInstance instance, String activityId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).singleResult(), task -> task != null);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    private List<Map<String, Object>> plan(String reference) {
        return http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD).exchange("/api/cases/{reference}/plan",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }, reference).getBody();
    }
}
