package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.CaseReference;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.register.estate.EstateOverview;
import no.lifecase.testsupport.EvidenceChecks;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A death in the simulated Folkeregisteret and then the court's decision on the estate, followed to the end
 * of the case through the real feeds and register clients: the family is read, the agencies are notified and
 * confirm, Nav decides each survivor benefit, the heirs are written to as KRR says, the court's private
 * settlement reaches the case, the heirs with skifteattest get the estate overview, and an heir reports the estate
 * shared before the case closes.
 */
@LifecaseIT
class DeathAndInheritanceIT {

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
    private AgencyNotices notices;

    @Autowired
    private CitizenLetters letters;

    @Autowired
    private EstateOverview estate;

    @Autowired
    private CaseDecisions decisions;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    @Test
    void a_death_and_the_courts_private_settlement_are_followed_to_the_settled_estate() {
        var deceased = simulation.example("marriedParentWithMinorChildren");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));

        var instance = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased);
        var reference = instance.getBusinessKey();
        simulation.awaitPassed(instance, "Task_FindFamily");
        assertThat(runtime.getVariable(instance.getId(), "hasSpouse")).isEqualTo(true);
        var heirs = IdentityNumberList.parse(runtime.getVariable(instance.getId(), "heirs"), "heirs");

        // Nav decides each survivor benefit in a task of its own; each decision is recorded and sent as a letter.
        var spouse = (String) runtime.getVariable(instance.getId(), "spouseId");
        // First the widow sees the facts Nav decides on (docs/adr/0063); Nav's tasks wait for her.
        var check = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_CheckEvidence").singleResult(), task -> task != null);
        assertThat(check.getAssignee()).isEqualTo(runtime.getVariable(instance.getId(), "spouseId"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DecideOmstillingsstonad").count())
                .as("no decision before the family has seen the facts").isZero();
        assertThat(EvidenceChecks.confirmAll(tasks, reference)).as("the widow alone previews").isOne();
        var omstillingsstonad = openTask(instance.getId(), "Task_DecideOmstillingsstonad");
        var barnepensjon = openTask(instance.getId(), "Task_DecideBarnepensjon");
        assertThat(tasks.getIdentityLinksForTask(omstillingsstonad.getId())).extracting(link -> link.getGroupId()).containsExactly("nav");
        assertThat(tasks.getIdentityLinksForTask(barnepensjon.getId())).extracting(link -> link.getGroupId()).containsExactly("nav");
        tasks.complete(omstillingsstonad.getId(), Map.of("decisionOutcome", "granted", "decisionReasons", "Gift i over fem år."));
        tasks.complete(barnepensjon.getId(), Map.of("decisionOutcome", "refused", "decisionReasons", "Den døde var ikke medlem."));
        await().atMost(Duration.ofSeconds(90)).until(() -> letters.sentFor(reference).stream()
                .anyMatch(letter -> letter.letter().equals("barnepensjon-refused")));
        assertThat(decisions.onCase(reference)).extracting(d -> d.subject() + " " + d.kind() + " " + d.outcome() + " " + d.decidedBy()
                        + " " + d.legalBasis())
                .containsExactlyInAnyOrder(
                        "omstillingsstonad CASEWORKER granted nav folketrygdloven kapittel 17 (omstillingsstønad)",
                        "barnepensjon CASEWORKER refused nav folketrygdloven kapittel 18 (barnepensjon)");
        assertThat(letters.sentFor(reference)).filteredOn(letter -> letter.letter().equals("omstillingsstonad-granted"))
                .extracting(letter -> letter.recipient()).as("the widow or widower's own benefit").containsExactly(spouse);
        assertThat(letters.sentFor(reference)).filteredOn(letter -> letter.letter().equals("barnepensjon-refused"))
                .extracting(letter -> letter.recipient()).as("the parent who has the minor children")
                .isNotEmpty().doesNotContain(deceased);

        // Told, notified and confirmed: now the case waits for the court.
        await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createEventSubscriptionQuery()
                .processInstanceId(instance.getId()).eventName("EstateSettlementDecided").count() > 0);
        simulation.post("/sim/domstol/dodsbo", Map.of("deceased", deceased, "skifteform", "PRIVAT_SKIFTE"));
        simulation.poll("domstol");

        // With the skifteattest the heirs share the estate themselves and one of them reports it (docs/adr/0061).
        var share = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ShareTheEstate").singleResult(), task -> task != null);
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", heirs.get(0).value(),
                "level", "idporten-loa-substantial", "locale", "nb"));
        var sharePath = "/min-side/saker/" + reference + "/oppgaver/" + share.getId();
        var sharePage = browser.get(sharePath);
        assertThat(sharePage.body()).contains("Ble boet delt i det samme året som dødsfallet?");
        var reported = browser.post(sharePath, form("_csrf", sharePage.csrfToken(), "estateShared", "true",
                "estateSettledInTheYearOfDeath", "yes"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));
        var closed = simulation.caseView(reference);
        assertThat(Simulation.entries(closed, "timeline")).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("CASE_OPENED Case opened: Death and inheritance",
                        "STEP_COMPLETED Tell NAV to stop the deceased's payments",
                        "STEP_COMPLETED Decide on omstillingsstønad for the surviving spouse",
                        "STEP_COMPLETED Decide on barnepensjon for the children",
                        "STEP_COMPLETED Tell the municipality about the funeral",
                        "STEP_COMPLETED Tell Skatteetaten about the estate's tax",
                        "STEP_COMPLETED Gather the estate's bank accounts, property and vehicles",
                        "STEP_COMPLETED Share the estate and report how it was shared",
                        "EVENT The estate is settled",
                        "CASE_CLOSED Case closed");
        assertThat(notices.sentFor(reference)).allSatisfy(notice -> assertThat(notice.receiptAt()).isPresent())
                .extracting(notice -> notice.notice())
                .contains("death-stop-payments", "death-survivor-benefits", "death-funeral", "death-estate-tax");
        assertThat(letters.sentFor(reference)).filteredOn(letter -> letter.letter().equals("death-registered"))
                .extracting(letter -> Fodselsnummer.parse(letter.recipient())).containsExactlyInAnyOrderElementsOf(heirs);
        assertThat(Simulation.entries(closed, "dataAccess")).extracting(read -> (String) read.get("register"))
                .contains("folkeregisteret", "krr", "dsop", "kartverket", "vegvesen");
        var heirWithSkifteattest = heirs.get(0);
        var outsider = Fodselsnummer.parse(simulation.example("singleAdult"));
        assertThat(estate.forHeir(CaseReference.of(reference), heirWithSkifteattest)).isNotEmpty();
        assertThat(estate.forHeir(CaseReference.of(reference), outsider)).isEmpty();
    }

    private Task openTask(String processInstanceId, String taskDefinitionKey) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult(), task -> task != null);
    }
}
