package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.CitizenLetter;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.HeirChoice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Letter;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The heirs of a death in the simulated Folkeregisteret declare how the estate is settled, each in their own portal
 * task over HTTP with the real ID-porten login, and the rule of the model decides (docs/adr/0061). When no choice holds,
 * no declaration goes towards the court and every heir gets a letter saying why.
 */
@LifecaseIT
class HeirsDeclarationIT {

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
    private CitizenLetters letters;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    @Test
    void when_one_heir_refuses_private_settlement_no_declaration_is_sent_and_every_heir_is_told_why() {
        var deceased = simulation.example("marriedParentWithMinorChildren");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", DeathAndInheritance.PROCESS_ID, deceased);
        simulation.awaitPassed(instance, Element.FIND_FAMILY);
        var heirs = IdentityNumberList.parse(runtime.getVariable(instance.getId(), Variable.HEIRS), Variable.HEIRS);
        assertThat(heirs).as("the spouse and at least one child").hasSizeGreaterThanOrEqualTo(2);
        var declarations = declarationTasks(instance, heirs.size());

        // Everyone agrees to private settlement and the first takes on the debts, except the last heir, who refuses.
        for (int i = 0; i < declarations.size(); i++) {
            var refuses = i == declarations.size() - 1;
            answerInThePortal(instance, declarations.get(i), refuses ? HeirChoice.REFUSE_PRIVATE_SETTLEMENT : HeirChoice.PRIVATE_SETTLEMENT,
                    i == 0);
        }

        simulation.awaitPassed(instance, Element.TELL_HEIRS_NO_CHOICE_HOLDS);
        // An heir's case page names who answered what, without an identity number.
        var answers = jointAnswers(heirs.get(0).value(), instance);
        assertThat(answers).contains("Har svart: privat skifte, og tar på seg gjelden", "Har svart: ikke enig i privat skifte")
                .doesNotContain("Har ikke svart ennå");
        heirs.forEach(heir -> assertThat(answers).doesNotContain(heir.value()));
        assertThat(simulation.passed(instance, Element.PREVIEW_EVIDENCE)).as("nothing previewed").isFalse();
        assertThat(simulation.passed(instance, Element.SIGN_AND_SEND_DECLARATION)).as("no declaration sent").isFalse();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Variable.DECLARATION_CHOICE).singleResult().getValue()).isEqualTo("none");
        assertThat(lettersSent(instance, Letter.DECLARATION_NOT_AGREED)).extracting(letter -> Fodselsnummer.parse(letter.recipient()))
                .as("every heir is told why").containsExactlyInAnyOrderElementsOf(heirs);
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventName("EstateSettlementDecided").count())
                .as("the case waits for the court's follow-up").isOne();
    }

    @Test
    void the_spouses_undivided_estate_does_not_hold_when_the_deceaseds_child_with_someone_else_does_not_consent() {
        var deceased = simulation.example("marriedParentWithMinorChildren");
        // Someone new to the population, so that no other test takes the child's mother for a parent of its own family.
        var otherParent = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration",
                Map.of("fromCountry", "SWE", "sex", "kvinne"))).get("person");
        // A child of the deceased with someone other than the spouse: a særkullsbarn, answered for by the child's mother.
        Map<String, Object> birth = Map.of("mother", otherParent, "father", deceased, "birthDate", "2020-05-04");
        var stepchild = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", birth)).get("child");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", DeathAndInheritance.PROCESS_ID, deceased);
        simulation.awaitPassed(instance, Element.FIND_FAMILY);
        var heirs = IdentityNumberList.parse(runtime.getVariable(instance.getId(), Variable.HEIRS), Variable.HEIRS);
        assertThat(heirs).extracting(Fodselsnummer::value).contains(stepchild);
        var spouse = (String) runtime.getVariable(instance.getId(), Variable.SPOUSE_ID);
        var declarations = declarationTasks(instance, heirs.size());

        for (Task declaration : declarations) {
            var heir = (String) runtime.getVariable(declaration.getExecutionId(), Variable.HEIR);
            if (heir.equals(stepchild)) {
                assertThat(declaration.getAssignee()).as("the minor's guardian answers").isEqualTo(otherParent);
                answerInThePortal(instance, declaration, HeirChoice.PRIVATE_SETTLEMENT, false);
            } else {
                answerInThePortal(instance, declaration, heir.equals(spouse) ? HeirChoice.UNDIVIDED_ESTATE : HeirChoice.PRIVATE_SETTLEMENT, false);
            }
        }

        simulation.awaitPassed(instance, Element.TELL_HEIRS_NO_CHOICE_HOLDS);
        // The stepchild's mother is no heir: she sees the answer she gave and that the others answered, not their choices.
        assertThat(jointAnswers(otherParent, instance)).contains("Har svart: privat skifte", "Har svart").doesNotContain("uskifte");
        assertThat(jointAnswers(spouse, instance)).as("an heir sees every choice").contains("Har svart: uskifte");
        assertThat(simulation.passed(instance, Element.SIGN_AND_SEND_DECLARATION)).as("no declaration sent").isFalse();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Variable.STEPCHILDREN).singleResult().getValue().toString()).contains(stepchild);
        assertThat(lettersSent(instance, Letter.DECLARATION_WITHOUT_CONSENT)).extracting(letter -> Fodselsnummer.parse(letter.recipient()))
                .containsExactlyInAnyOrderElementsOf(heirs);
    }

    private List<Task> declarationTasks(ProcessInstance instance, int heirs) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.DECLARE_SETTLEMENT).orderByTaskCreateTime().asc().list(), list -> list.size() == heirs);
    }

    /** The one who answers for the heir logs in, opens the task from the case page and answers its form. */
    private void answerInThePortal(ProcessInstance instance, Task declaration, String choice, boolean takesOnDebts) {
        var browser = new CookieBrowser(port);
        logIn(browser, declaration.getAssignee());
        var reference = instance.getBusinessKey();
        var taskPath = "/min-side/saker/" + reference + "/oppgaver/" + declaration.getId();
        assertThat(browser.get("/min-side/saker/" + reference).body()).contains(taskPath);
        var taskPage = browser.get(taskPath);
        assertThat(taskPage.status()).isEqualTo(200);
        assertThat(taskPage.body()).contains("Hvordan vil du at dødsboet skal gjøres opp?", "Jeg er ikke enig i privat skifte");
        var answers = new ArrayList<>(List.of("_csrf", taskPage.csrfToken(), "settlementChoice", choice));
        if (takesOnDebts) {
            answers.addAll(List.of("takesOnDebts", "true"));
        }
        var answered = browser.post(taskPath, form(answers.toArray(String[]::new)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.uri().getPath()).isEqualTo("/min-side/saker/" + reference);
    }

    /** The panel "Arvingenes svar om skiftet" of the case page as this person reads it. */
    private String jointAnswers(String reader, ProcessInstance instance) {
        var browser = new CookieBrowser(port);
        logIn(browser, reader);
        var page = browser.get("/min-side/saker/" + instance.getBusinessKey()).body();
        assertThat(page).contains("Arvingenes svar om skiftet");
        return page.substring(page.indexOf("<dl class=\"joint-answers\">"), page.indexOf("</dl>", page.indexOf("<dl class=\"joint-answers\">")));
    }

    private List<CitizenLetter> lettersSent(ProcessInstance instance, String letter) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> letters.sentFor(instance.getBusinessKey()).stream()
                .filter(sent -> sent.letter().equals(letter)).toList(), sent -> !sent.isEmpty());
    }

    private static void logIn(CookieBrowser browser, String pid) {
        var loginPage = browser.get("/min-side");
        browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
    }
}
