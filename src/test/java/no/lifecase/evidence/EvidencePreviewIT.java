package no.lifecase.evidence;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseReference;
import no.lifecase.evidence.EvidencePreview.Element;
import no.lifecase.evidence.EvidencePreview.Variable;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.register.estate.EstateOverview;
import no.lifecase.simulator.estate.SimulatedBanks;
import no.lifecase.simulator.estate.SimulatedProperties;
import no.lifecase.simulator.estate.SimulatedVehicles;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.EvidenceChecks;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The evidence preview of a real death case, started as the death model will call it (the contract's variables,
 * the case's reference as business key): the widow and her adult son check the register facts on their portal
 * tasks; the widow says the land register is wrong; the preview then waits, with nothing concluded, until Kartverket
 * answers through the worklist API; then it ends with {@code evidenceCorrected}, and the widow reads the answer on her
 * case (docs/adr/0063).
 */
@LifecaseIT
class EvidencePreviewIT {

    private final StaffUsers staff = StaffUsers.of(EvidencePreviewIT.class);

    @LocalServerPort
    private int port;

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
    private Population population;

    @Autowired
    private SimulatedBanks banks;

    @Autowired
    private SimulatedProperties properties;

    @Autowired
    private SimulatedVehicles vehicles;

    @Autowired
    private EstateOverview overview;

    @Test
    void a_reported_error_keeps_the_decision_waiting_until_the_register_owner_answers() {
        var deceased = marriedParentWithAFullEstate();
        var widow = deceased.spouse();
        var son = adultChildOf(deceased);
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var death = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased.identityNumber());
        simulation.awaitPassed(death, "Task_FindFamily");
        var reference = death.getBusinessKey();
        // The case gathers the overview for every heir the court gives a formuesfullmakt (docs/adr/0064); once it has,
        // it is gathered again for the widow alone, so that the son is an heir it was not gathered for.
        simulation.awaitPassed(death, "Task_GatherOverviewBeforeTheChoice");
        overview.gather(CaseReference.of(reference), deceased.fodselsnummer(),
                population.find(deceased.identityNumber()).orElseThrow().deathDate(), List.of(Fodselsnummer.parse(widow)));
        // The death case's own preview before Nav's survivor benefits is confirmed, and the case is left waiting for
        // the heirs, so that this preview is the only thing moving on the case.
        EvidenceChecks.confirmAll(tasks, reference);
        await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(death.getId())
                .taskDefinitionKey("Task_DeclareSettlement").count() > 0
                && management.createJobQuery().processInstanceId(death.getId()).executable().count() == 0);

        // As the death model's call activity will start it: the case's reference as business key, the heirs as a JSON list.
        var preview = runtime.startProcessInstanceByKey(EvidencePreview.PROCESS_ID, reference, Map.of(
                Variable.CASE_REF, reference,
                Variable.SUBJECT, "estate-declaration",
                Variable.READERS, Variables.objectValue(new ArrayList<>(List.of(widow, son)))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));

        // The son checks what he may see (the family, not the estate his mother alone is entitled to) and confirms.
        var sonsBrowser = logIn(son);
        var sonsTask = taskPathOf(sonsBrowser, reference, preview.getId(), son);
        var sonsPage = sonsBrowser.get(sonsTask);
        assertThat(sonsPage.body()).contains("Se over opplysningene", ">Folkeregisteret</h3>", "Arving: ", "Avdøde: ")
                .doesNotContain("Bankene (gjennom DSOP)", ">Grunnboken hos Kartverket</h3>");
        assertThat(sonsBrowser.post(sonsTask, form("_csrf", sonsPage.csrfToken(), "evidenceAnswer", "confirmed")).status()).isEqualTo(200);

        // The widow sees the estate as well, each register with the date it was read, and says the land register is wrong.
        var browser = logIn(widow);
        var taskPath = taskPathOf(browser, reference, preview.getId(), widow);
        var page = browser.get(taskPath);
        assertThat(page.body()).contains("Opplysningene avgjørelsen bygger på", ">Folkeregisteret</h3>", ">Bankene (gjennom DSOP)</h3>",
                ">Grunnboken hos Kartverket</h3>", ">Motorvognregisteret hos Statens vegvesen</h3>",
                "<time datetime=\"" + population.today().getYear());
        var withoutText = browser.post(taskPath, form("_csrf", page.csrfToken(), "evidenceAnswer", "wrong",
                "evidenceWrongRegister", "kartverket"));
        assertThat(withoutText.status()).isEqualTo(422);
        assertThat(withoutText.body()).contains("error-summary", "Hva er feil?");
        var tooLong = browser.post(taskPath, form("_csrf", page.csrfToken(), "evidenceAnswer", "wrong",
                "evidenceWrongRegister", "kartverket", "evidenceWrongText", "x".repeat(1001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tasks.createTaskQuery().processInstanceId(preview.getId()).taskDefinitionKey(Element.ANSWER_REPORT).count())
                .as("nothing filed on bad input").isZero();
        var reported = browser.post(taskPath, form("_csrf", page.csrfToken(), "evidenceAnswer", "wrong",
                "evidenceWrongRegister", "kartverket", "evidenceWrongText", "Hytta på Hvaler ble solgt i fjor."));
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body()).contains("Feil du har meldt i opplysningene", "Hytta på Hvaler ble solgt i fjor.",
                "Kartverket har ikke svart ennå");

        // The preview waits for Kartverket: both readers have answered, yet nothing is concluded.
        var ownerTask = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(preview.getId())
                .taskDefinitionKey(Element.ANSWER_REPORT).singleResult(), task -> task != null);
        assertThat(tasks.getIdentityLinksForTask(ownerTask.getId())).extracting(link -> link.getGroupId()).containsExactly("kartverket");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(preview.getId()).count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(preview.getId()).activityId(Element.CONCLUDE).count())
                .isZero();

        StaffUsers.user(identity, staff.id("kartverket"), "kartverket");
        var kartverket = http.withBasicAuth(staff.id("kartverket"), StaffUsers.passwordOf(staff.id("kartverket")));
        var shown = kartverket.getForObject("/api/agency/kartverket/tasks/{id}", Map.class, ownerTask.getId());
        assertThat((String) shown.get("description")).contains(reference, "Hytta på Hvaler ble solgt i fjor.")
                .doesNotContain(widow);
        var missingAnswer = kartverket.postForEntity("/api/agency/kartverket/tasks/{id}/complete",
                json("{\"evidenceReportOutcome\":\"corrected\"}"), String.class, ownerTask.getId());
        assertThat(missingAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(preview.getId()).count()).as("still waiting").isOne();

        var answered = kartverket.postForEntity("/api/agency/kartverket/tasks/{id}/complete",
                json("{\"evidenceReportOutcome\":\"corrected\",\"evidenceReportAnswer\":\"Salget er nå tinglyst; hytta står ikke lenger på avdøde.\"}"),
                String.class, ownerTask.getId());
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(preview.getId()).finished().count() == 1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(preview.getId()).variableName(Variable.CORRECTED)
                .singleResult().getValue()).isEqualTo(true);
        var casePage = browser.get("/min-side/saker/" + reference + "?lang=nb");
        assertThat(casePage.body()).contains("Kartverket har rettet registeret og svarer:",
                "Salget er nå tinglyst; hytta står ikke lenger på avdøde.",
                "Alle har sett over opplysningene, og alle feilmeldinger er besvart.");
    }

    /** The reader's "Se over opplysningene" task of this preview, as the case page links to it. */
    private String taskPathOf(CookieBrowser browser, String reference, String previewId, String reader) {
        var task = tasks.createTaskQuery().processInstanceId(previewId).taskAssignee(reader).singleResult();
        var path = "/min-side/saker/" + reference + "/oppgaver/" + task.getId();
        assertThat(browser.get("/min-side/saker/" + reference + "?lang=nb").body()).as("the case page links to the task")
                .contains("href=\"" + path + "\"");
        return path;
    }

    private CookieBrowser logIn(String person) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", person,
                "level", "idporten-loa-high", "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
        return browser;
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /**
     * A living married parent with a living spouse and an adult child, with accounts, property and a vehicle, no
     * protected address in the family; the second such from the end of the population (HeirReadsTheEstateOverviewIT
     * takes the first).
     */
    private SimulatedPerson marriedParentWithAFullEstate() {
        return population.all().stream()
                .sorted(Comparator.comparing(SimulatedPerson::identityNumber).reversed())
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && person.civilStatus() == CivilStatus.GIFT)
                .filter(person -> population.find(person.spouse()).filter(spouse -> spouse.isAlive() && !spouse.hasProtectedAddress()).isPresent())
                .filter(person -> adultChildOrNull(person) != null)
                .filter(person -> !banks.banksOf(person.fodselsnummer()).isEmpty() && !properties.of(person.fodselsnummer()).isEmpty()
                        && !vehicles.of(person.fodselsnummer()).isEmpty())
                .skip(1)
                .findFirst().orElseThrow();
    }

    private String adultChildOf(SimulatedPerson person) {
        return java.util.Objects.requireNonNull(adultChildOrNull(person));
    }

    private String adultChildOrNull(SimulatedPerson person) {
        return person.children().stream()
                .map(population::find).flatMap(java.util.Optional::stream)
                .filter(child -> child.isAlive() && !child.hasProtectedAddress() && child.ageOn(population.today()) >= 18)
                .map(SimulatedPerson::identityNumber)
                .findFirst().orElse(null);
    }
}
