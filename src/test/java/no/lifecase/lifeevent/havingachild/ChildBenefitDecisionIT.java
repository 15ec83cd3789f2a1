package no.lifecase.lifeevent.havingachild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.DocumentContent;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.simulator.folkeregisteret.FolkeregisteretScenarios;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Child benefit decided where the law puts it (docs/adr/0055), on embedded PostgreSQL and over real HTTP: the rules grant
 * it by themselves only under NAV-loven § 4 a, and the case records the grant with its legal basis, rule version, inputs
 * with their registers and reasons; the mother's decision letter names the decision, says it was automatic and carries
 * the appeal deadline. Where a caseworker must decide, the rules' recommendation is recorded and the Nav caseworker's
 * decision refers to it.
 */
@LifecaseIT
class ChildBenefitDecisionIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final StaffUsers staff = StaffUsers.of(ChildBenefitDecisionIT.class);

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
    private IdentityService identity;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private CitizenDocuments documents;

    @Autowired
    private FolkeregisteretScenarios births;

    @Autowired
    private Population population;

    @Autowired
    private CaseService cases;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        staff.ensure(identity);
    }

    @Test
    void an_automated_grant_records_its_legal_basis_rule_version_inputs_and_reasons_and_the_letter_carries_the_appeal_deadline() {
        simulation.poll("folkeregisteret");
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");

        var decisions = decisionsOf(instance.getBusinessKey());
        assertThat(decisions).as("the rules decided alone; nothing was left to a caseworker").singleElement();
        var decision = decisions.get(0);
        var deployed = repository.createDecisionDefinitionQuery().decisionDefinitionKey("child-benefit").latestVersion().singleResult();
        assertThat(decision).containsEntry("kind", "AUTOMATIC").containsEntry("subject", "child-benefit")
                .containsEntry("outcome", "granted").containsEntry("decidedBy", "automatic")
                .containsEntry("rule", "child-benefit").containsEntry("ruleVersion", deployed.getVersion())
                .containsEntry("caseworker", null).containsEntry("recommendationId", null);
        assertThat((String) decision.get("legalBasis")).contains("barnetrygdloven § 2");
        assertThat((String) decision.get("automationBasis")).contains("NAV-loven § 4 a", "art. 22 nr. 2 bokstav b");
        assertThat((String) decision.get("reasons")).contains("vilkårene i barnetrygdloven § 2 er oppfylt");
        assertThat(inputs(decision)).contains(
                Map.of("name", "childHasDNumber", "label", "Har barnet d-nummer?", "value", "false", "register", "Folkeregisteret"),
                Map.of("name", "childBornAbroad", "label", "Er barnet født i utlandet?", "value", "false", "register", "Folkeregisteret"),
                Map.of("name", "motherResident", "label", "Er mor registrert som bosatt i Norge?", "value", "true",
                        "register", "Folkeregisteret"));

        var letter = letterTo(mother, instance, "child-benefit-granted");
        assertThat(letter.decisionId()).as("the letter names the decision it tells of").contains((String) decision.get("id"));
        var content = documents.content(letter);
        var deadline = LocalDate.ofInstant(letter.sentAt(), ZoneId.of("Europe/Oslo")).plusWeeks(6);
        assertThat(section(content, "Du kan klage")).anySatisfy(paragraph -> assertThat(paragraph)
                .contains("klagefristen " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Language.NB.locale()).format(deadline)));
        assertThat(section(content, "Vedtaket er gjort automatisk"))
                .anySatisfy(paragraph -> assertThat(paragraph).contains("NAV-loven § 4 a"))
                .anySatisfy(paragraph -> assertThat(paragraph).contains("be om at en saksbehandler hos Arbeids- og velferdsetaten (Nav) ser på vedtaket"));
        assertThat(section(content, "Reglene vedtaket bygger på"))
                .anySatisfy(paragraph -> assertThat(paragraph).contains("Vedtaket er gjort etter barnetrygdloven § 2"))
                .anySatisfy(paragraph -> assertThat(paragraph).contains("utvidet barnetrygd", "søke"));
        assertThat(content.sections()).filteredOn(section -> "Opplysningene vedtaket bygger på".equals(section.heading())).singleElement()
                .satisfies(section -> assertThat(section.facts()).extracting(DocumentContent.Fact::label, DocumentContent.Fact::source)
                        .contains(org.assertj.core.groups.Tuple.tuple("Mor er registrert som bosatt i Norge", "Folkeregisteret"),
                                org.assertj.core.groups.Tuple.tuple("Barnet er født i utlandet", "Folkeregisteret")));
    }

    @Test
    void where_the_rules_cannot_decide_a_nav_caseworker_decides_with_the_recommendation_in_view_and_the_letter_gives_the_reasons() {
        var today = population.today();
        var mother = simulation.example("marriedMotherUnder40");
        var father = population.all().stream()
                .filter(person -> person.isAlive() && person.hasDNumber() && person.sex() == Sex.MALE && person.ageOn(today) >= 18)
                .findFirst().orElseThrow();
        var child = births.birth(new FolkeregisteretScenarios.Birth(mother, father.identityNumber(), null, null, false))
                .persons().get("child");
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(child)).reference().value();
        var task = await().atMost(Duration.ofSeconds(60)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_AssessChildBenefit")
                        .singleResult(), found -> found != null);

        var recommendation = decisionsOf(reference).stream().filter(decision -> "RECOMMENDATION".equals(decision.get("kind")))
                .findFirst().orElseThrow();
        assertThat(recommendation).containsEntry("subject", "child-benefit").containsEntry("decidedBy", "rules")
                .containsEntry("reason", "parent-d-number").containsEntry("outcome", null).containsEntry("automationBasis", null);
        assertThat(inputs(recommendation)).contains(Map.of("name", "anyParentHasDNumber", "label", "Har en av foreldrene d-nummer?",
                "value", "true", "register", "Folkeregisteret"));
        // What Tasklist's form shows the caseworker: why the rules could not decide, and what to find out.
        var formVariables = as(staff.nav()).getForEntity("/engine-rest/task/{id}/form-variables", String.class, task.getId());
        assertThat(formVariables.getBody()).contains("parent-d-number", "En av foreldrene har d-nummer");

        var completed = as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("{\"decisionOutcome\":\"refused\",\"decisionReasons\":\"Faren arbeider i Polen, og Polen skal betale barnetrygden.\"}"),
                String.class, task.getId());
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var decision = decisionsOf(reference).stream().filter(found -> "CASEWORKER".equals(found.get("kind"))).findFirst().orElseThrow();
        assertThat(decision).containsEntry("outcome", "refused").containsEntry("decidedBy", "nav")
                .containsEntry("caseworker", staff.nav()).containsEntry("recommendationId", recommendation.get("id"))
                .containsEntry("reasons", "Faren arbeider i Polen, og Polen skal betale barnetrygden.")
                .containsEntry("rule", null).containsEntry("automationBasis", null);
        assertThat((String) decision.get("legalBasis")).contains("barnetrygdloven § 2");

        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        simulation.awaitPassed(instance, "Task_SendChildBenefitDecision");
        var letter = letterTo(mother, instance, "child-benefit-refused");
        assertThat(letter.decisionId()).contains((String) decision.get("id"));
        var content = documents.content(letter);
        assertThat(section(content, "Begrunnelse")).containsExactly("Faren arbeider i Polen, og Polen skal betale barnetrygden.");
        assertThat(section(content, "Du kan klage")).anySatisfy(paragraph -> assertThat(paragraph).contains("klagefristen"));
        assertThat(content.sections()).extracting(DocumentContent.Section::heading).as("a person decided")
                .doesNotContain("Vedtaket er gjort automatisk");
    }

    private List<Map<String, Object>> decisionsOf(String reference) {
        var response = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .exchange("/api/cases/{reference}/decisions", HttpMethod.GET, null, LIST, reference);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> inputs(Map<String, Object> decision) {
        return (List<Map<String, Object>>) decision.get("inputs");
    }

    private CitizenDocument letterTo(String person, ProcessInstance instance, String name) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> documents.addressedTo(List.of(person)).stream()
                .filter(document -> document.caseRef().equals(instance.getBusinessKey()) && document.name().equals(name))
                .findFirst().orElse(null), found -> found != null);
    }

    private static List<String> section(DocumentContent content, String heading) {
        return content.sections().stream().filter(section -> heading.equals(section.heading())).findFirst()
                .orElseThrow(() -> new AssertionError("No section " + heading + " in " + content)).paragraphs();
    }

    private TestRestTemplate as(String userId) {
        return http.withBasicAuth(userId, StaffUsers.passwordOf(userId));
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
