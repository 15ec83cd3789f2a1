package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseHistoryLevel;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.simulator.folkeregisteret.FolkeregisteretScenarios;
import no.lifecase.simulator.population.AddressProtection;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.population.Sex;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * The case in the task (docs/adr/0059), on real PostgreSQL with Folkeregisteret over HTTP: the health station's home
 * visit after a birth shows the child, the parents, the address and the case reference, in the worklist API and in the
 * form Tasklist shows; a protected address is never shown; caseworkers read bokmål unless they ask for English.
 */
@LifecaseIT
class CaseInTheTaskIT {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final StaffUsers staff = StaffUsers.of(CaseInTheTaskIT.class);

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private IdentityService identity;

    @Autowired
    private TaskService tasks;

    @Autowired
    private HistoryService history;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private CaseService cases;

    @Autowired
    private FolkeregisteretScenarios births;

    @Autowired
    private Population population;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
        StaffUsers.user(identity, protectedAddressService(), "nasjonal-helsetjeneste");
    }

    @Test
    void the_home_visit_in_the_worklist_shows_the_child_the_parents_the_address_and_the_case() {
        var mother = newMother(AddressProtection.UGRADERT);
        var child = born(mother);
        var homeVisit = homeVisit(child, "kommune-0301");
        var reference = caseRefOf(homeVisit);

        var task = get(staff.oslo(), "/api/agency/kommune-0301/tasks/" + homeVisit.getId(), null);
        assertThat(task).containsEntry("caseRef", reference).containsEntry("name", "Tilby hjemmebesøk fra helsestasjonen")
                .containsEntry("lifeEvent", "having-a-child").containsEntry("lifeEventName", "Få barn");
        var context = map(task.get("context"));
        assertThat(context).containsEntry("caseRef", reference).containsEntry("lifeEventName", "Få barn");
        var person = map(context.get("person"));
        var childInRegister = population.find(child).orElseThrow();
        assertThat(person).containsEntry("identityNumber", child).containsEntry("name", childInRegister.givenName() + " " + childInRegister.familyName())
                .containsEntry("age", 0).containsEntry("addressProtected", false);
        assertThat((String) person.get("address")).isEqualTo(mother.address().streetName() + " " + mother.address().houseNumber()
                + ", " + mother.address().postalCode() + " " + mother.address().postalPlace());
        assertThat(list(context.get("parents"))).singleElement().satisfies(parent -> assertThat(parent)
                .containsEntry("identityNumber", mother.identityNumber()).containsEntry("name", mother.givenName() + " " + mother.familyName())
                .containsEntry("age", 30));
        assertThat(list(context.get("registerReads"))).extracting(read -> read.get("register")).contains("folkeregisteret");
        assertThat(list(context.get("registerReads"))).extracting(read -> (String) read.get("about"))
                .doesNotContain(child, mother.identityNumber());

        // The timeline link works for the agency that has the task, and for nobody else.
        var timeline = as(staff.oslo()).exchange((String) task.get("timeline"), HttpMethod.GET, null, LIST);
        assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(timeline.getBody()).extracting(entry -> entry.get("kind")).contains("CASE_OPENED");
        assertThat(as(staff.nav()).getForEntity((String) task.get("timeline"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // Reading the person for the caseworker is a register read on the case, with the case's purpose, which the citizen sees.
        var reads = list(admin().getForEntity("/api/cases/{reference}", Map.class, reference).getBody().get("dataAccess"));
        assertThat(reads).anySatisfy(read -> assertThat(read).containsEntry("register", "folkeregisteret").containsEntry("about", child)
                .satisfies(one -> assertThat(list(one.get("fields")).toString()).contains("bostedsadresse")));
    }

    @Test
    void a_protected_address_never_reaches_the_task_nor_its_form() {
        var mother = newMother(AddressProtection.STRENGT_FORTROLIG);
        var child = born(mother);
        var homeVisit = homeVisit(child, "nasjonal-helsetjeneste");

        var body = as(protectedAddressService()).getForEntity("/api/agency/nasjonal-helsetjeneste/tasks/{id}", String.class,
                homeVisit.getId()).getBody();
        assertThat(body).contains(homeVisit.getId()).doesNotContain(mother.address().streetName(), mother.address().postalCode());
        var context = map(get(protectedAddressService(), "/api/agency/nasjonal-helsetjeneste/tasks/" + homeVisit.getId(), null).get("context"));
        assertThat(map(context.get("person"))).containsEntry("addressProtected", true).containsEntry("address", null);
        assertThat(list(context.get("parents"))).singleElement().satisfies(parent -> assertThat(parent)
                .containsEntry("addressProtected", true).containsEntry("address", null));

        var formVariables = as(protectedAddressService()).getForEntity("/engine-rest/task/{id}/form-variables", String.class,
                homeVisit.getId()).getBody();
        assertThat(formVariables).contains("Adressen er beskyttet").doesNotContain(mother.address().streetName());
        var reads = list(admin().getForEntity("/api/cases/{reference}", Map.class, caseRefOf(homeVisit)).getBody().get("dataAccess"));
        assertThat(reads).extracting(read -> list(read.get("fields")).toString()).noneMatch(fields -> fields.contains("bostedsadresse"));
    }

    @Test
    void tasklist_shows_the_case_in_the_form_of_the_home_visit_under_its_bokmal_name() {
        var mother = newMother(AddressProtection.UGRADERT);
        var child = born(mother);
        var homeVisit = homeVisit(child, "kommune-0301");
        var reference = caseRefOf(homeVisit);

        // What Tasklist loads for a Camunda Form: the task, the deployed form and the task's form variables.
        var task = as(staff.oslo()).exchange("/engine-rest/task/{id}", HttpMethod.GET, null, OBJECT, homeVisit.getId()).getBody();
        assertThat(task).containsEntry("name", "Tilby hjemmebesøk fra helsestasjonen");
        var form = as(staff.oslo()).getForEntity("/engine-rest/task/{id}/deployed-form", String.class, homeVisit.getId()).getBody();
        assertThat(form).contains("{{caseContext}}", "\"label\": \"Hjemmebesøk\"");
        var variables = as(staff.oslo()).exchange("/engine-rest/task/{id}/form-variables", HttpMethod.GET, null, OBJECT,
                homeVisit.getId()).getBody();
        var caseContext = (String) map(variables.get(CaseHistoryLevel.CASE_CONTEXT)).get("value");
        var childInRegister = population.find(child).orElseThrow();
        assertThat(caseContext).contains("Sak " + reference + " · Få barn", "Saken gjelder: ", childInRegister.familyName(), "0 år",
                "Foreldre: " + mother.givenName() + " " + mother.familyName() + ", 30 år",
                "Adresse: " + mother.address().streetName() + " " + mother.address().houseNumber(),
                "/api/agency/kommune-0301/tasks/" + homeVisit.getId() + "/timeline");

        // The names and the address live with the task only: the engine's history never keeps them.
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(homeVisit.getProcessInstanceId())
                .variableName(CaseHistoryLevel.CASE_CONTEXT).count()).isZero();
        // The birth's other branches (child benefit, its letter) may run at the same moment and make the engine ask for a second try.
        await().atMost(Duration.ofSeconds(30)).ignoreException(OptimisticLockingException.class).until(() -> {
            tasks.complete(homeVisit.getId(), Map.of("homeVisitOutcome", "declined"));
            return true;
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(homeVisit.getProcessInstanceId())
                .variableName(CaseHistoryLevel.CASE_CONTEXT).count()).isZero();
    }

    @Test
    void caseworkers_read_bokmal_by_default_and_english_when_they_ask() {
        var homeVisit = homeVisit(born(newMother(AddressProtection.UGRADERT)), "kommune-0301");
        String path = "/api/agency/kommune-0301/tasks/" + homeVisit.getId();

        var bokmal = get(staff.oslo(), path, null);
        assertThat(bokmal).containsEntry("name", "Tilby hjemmebesøk fra helsestasjonen").containsEntry("lifeEventName", "Få barn");
        assertThat(list(bokmal.get("form"))).filteredOn(field -> "homeVisitOutcome".equals(field.get("key"))).singleElement()
                .satisfies(field -> {
                    assertThat(field).containsEntry("label", "Hjemmebesøk");
                    assertThat(list(field.get("options"))).extracting(option -> option.get("label")).contains("Familien takket nei");
                });

        var english = get(staff.oslo(), path + "?lang=en", null);
        assertThat(english).containsEntry("name", "Offer a home visit from the health station").containsEntry("lifeEventName", "Having a child");
        assertThat(list(english.get("form"))).filteredOn(field -> "homeVisitOutcome".equals(field.get("key"))).singleElement()
                .satisfies(field -> {
                    assertThat(field).containsEntry("label", "Home visit");
                    assertThat(list(field.get("options"))).extracting(option -> option.get("label")).contains("The family said no, thank you");
                });
        assertThat(get(staff.oslo(), path, "en-GB,en;q=0.8")).containsEntry("name", "Offer a home visit from the health station");
        assertThat(get(staff.oslo(), path + "?lang=nn", "en")).containsEntry("name", "Tilby heimebesøk frå helsestasjonen");

        var page = as(staff.oslo()).exchange("/api/agency/kommune-0301/tasks?size=100&lang=en", HttpMethod.GET, null, OBJECT).getBody();
        assertThat(list(page.get("tasks"))).extracting(one -> one.get("name")).doesNotContain("Tilby hjemmebesøk fra helsestasjonen");

        var refused = as(staff.oslo()).getForEntity(path + "?lang=de", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("\"field\":\"lang\"");
    }

    @Test
    void a_caseworker_who_decides_sees_the_rules_recommendation_with_its_facts_and_registers() {
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(born(newMother(AddressProtection.UGRADERT))))
                .reference().value();
        // The decision recording's own test model (docs/adr/0055): a doctor's statement makes the rules recommend, not decide.
        var deployment = repository.createDeployment().name("case-in-the-task-recommendation")
                .addClasspathResource("decision/decision-recording-test.bpmn")
                .addClasspathResource("decision/decision-recording-test.dmn")
                .deploy();
        try {
            var definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
            var instance = runtime.startProcessInstanceById(definition.getId(), reference,
                    Map.of("resident", true, "statement", "hospital"));
            var task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

            var context = map(get(staff.nav(), "/api/agency/nav/tasks/" + task.getId(), null).get("context"));
            var recommendation = map(context.get("recommendation"));
            assertThat(recommendation).containsEntry("subject", "test-benefit").containsEntry("outcome", "granted")
                    .containsEntry("outcomeText", "innvilget").containsEntry("rule", "decision-recording-test")
                    .containsEntry("reason", "doctor-statement-to-assess").containsEntry("legalBasis", "Testloven § 1")
                    .containsEntry("ruleVersion", repository.createDecisionDefinitionQuery().deploymentId(deployment.getId())
                            .singleResult().getVersion());
            assertThat(list(recommendation.get("facts"))).contains(
                    Map.of("name", "resident", "label", "Er personen bosatt i Norge?", "value", "true", "register", "Folkeregisteret"));
            assertThat(list(recommendation.get("matchedRules"))).isNotEmpty();
            assertThat(map(get(staff.nav(), "/api/agency/nav/tasks/" + task.getId() + "?lang=en", null).get("context")).get("recommendation"))
                    .satisfies(english -> assertThat(map(english)).containsEntry("outcomeText", "granted"));

            var form = (String) tasks.getVariableLocal(task.getId(), CaseHistoryLevel.CASE_CONTEXT);
            assertThat(form).contains("Reglenes anbefaling: innvilget (regel decision-recording-test v",
                    "Er personen bosatt i Norge?: true (Folkeregisteret)");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String protectedAddressService() {
        return staff.id("nasjonalhelse");
    }

    /** A woman of 30 new to the population, in Oslo, so that no other test's case of hers stands in the way. */
    private SimulatedPerson newMother(AddressProtection protection) {
        var today = population.today();
        var born = today.minusYears(30).minusDays(10);
        var mother = SimulatedPerson.builder()
                .identityNumber(population.newIdentityNumber(born, Sex.FEMALE, false).value())
                .givenName(population.newGivenName()).familyName(population.newFamilyName())
                .sex(Sex.FEMALE).birthDate(born).birthMunicipality("0301")
                .address(population.newAddressIn("0301", today.minusYears(2)))
                .addressProtection(protection)
                .build();
        population.add(mother);
        return mother;
    }

    private String born(SimulatedPerson mother) {
        return births.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false)).persons().get("child");
    }

    private Task homeVisit(String child, String agency) {
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(child)).reference().value();
        return await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_HomeVisit").singleResult(), task -> task != null
                && tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(agency).count() == 1);
    }

    private String caseRefOf(Task task) {
        return (String) tasks.getVariable(task.getId(), CaseService.CASE_REF);
    }

    private TestRestTemplate as(String userId) {
        return anonymous.withBasicAuth(userId, StaffUsers.passwordOf(userId));
    }

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    private Map<String, Object> get(String userId, String path, String acceptLanguage) {
        var headers = new HttpHeaders();
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        var response = as(userId).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), OBJECT);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
