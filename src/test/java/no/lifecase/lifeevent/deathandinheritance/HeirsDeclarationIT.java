package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.CitizenLetter;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.HeirChoice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Letter;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.language.Kroner;
import no.lifecase.language.Language;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.simulator.estate.SimulatedBanks;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
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

    @Autowired
    private Population population;

    @Autowired
    private SimulatedBanks banks;

    @Autowired
    private CaseService cases;

    @Autowired
    private DataAccessLog accessLog;

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

    @Test
    void before_anyone_answers_the_heirs_with_a_formuesfullmakt_see_the_estate_at_the_date_of_death_with_its_debts() throws Exception {
        var deceased = marriedWithAccountsAndDebts();
        var stranger = population.adults().stream().map(SimulatedPerson::identityNumber)
                .filter(person -> !person.equals(deceased.identityNumber()) && !person.equals(deceased.spouse())
                        && !deceased.children().contains(person))
                .reduce((first, second) -> second).orElseThrow();
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", DeathAndInheritance.PROCESS_ID, deceased.identityNumber());
        simulation.awaitPassed(instance, Element.FIND_FAMILY);
        var heirs = IdentityNumberList.parse(runtime.getVariable(instance.getId(), Variable.HEIRS), Variable.HEIRS);
        var declarations = declarationTasks(instance, heirs.size());
        assertThat(simulation.passed(instance, Element.GATHER_OVERVIEW_BEFORE_THE_CHOICE)).as("gathered before the heirs' tasks").isTrue();
        assertThat(simulation.passed(instance, Element.HEIRS_CHOOSE_WITHOUT_THE_OVERVIEW)).isFalse();
        assertThat(IdentityNumberList.parse(runtime.getVariable(instance.getId(), Variable.FORMUESFULLMAKT_HEIRS), Variable.FORMUESFULLMAKT_HEIRS))
                .as("the court gave every heir it knows a formuesfullmakt").containsExactlyInAnyOrderElementsOf(heirs);
        var reference = instance.getBusinessKey();
        var died = population.find(deceased.identityNumber()).orElseThrow().deathDate();
        var spouse = deceased.spouse();

        var heir = new CookieBrowser(port);
        logIn(heir, spouse);
        var api = heir.get("/api/citizen/cases/" + reference + "/estate-overview", "application/json");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        var json = new ObjectMapper().readTree(api.body());
        var expectedBanks = banks.banksOf(deceased.fodselsnummer());
        assertThat(json.get("banks")).hasSize(expectedBanks.size()).allSatisfy(bank -> {
            assertThat(bank.get("balanceDate").asText()).as("the balance on the date of death").isEqualTo(died.toString());
            var balance = banks.accountsAt(deceased.fodselsnummer(), bank.get("organizationNumber").asText(), died).stream()
                    .map(SimulatedBanks.Account::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(bank.get("totalBalance").decimalValue()).isEqualByComparingTo(balance);
        });
        var expectedDebts = banks.debtsOf(deceased.fodselsnummer(), died);
        assertThat(expectedDebts).as("the deceased owed something").isNotEmpty();
        var debts = new ArrayList<String>();
        json.get("debts").forEach(debt -> debts.add(debt.get("creditorName").asText() + " " + debt.get("type").asText() + " "
                + debt.get("amount").decimalValue().stripTrailingZeros().toPlainString() + " " + debt.get("balanceDate").asText()
                + " " + debt.get("source").asText()));
        assertThat(debts).containsExactlyInAnyOrderElementsOf(expectedDebts.stream().map(debt -> debt.creditor().name() + " " + debt.type()
                + " " + debt.amount().stripTrailingZeros().toPlainString() + " " + died + " dsop").toList());

        var page = heir.get("/min-side/saker/" + reference + "/dodsbo");
        assertThat(page.status()).isEqualTo(200);
        var deathDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nb")).format(died);
        assertThat(page.body()).contains("saldo på dødsdagen", deathDay, "Gjeld", "Skyldig beløp", "gjeld på dødsdagen",
                Kroner.written(expectedDebts.get(0).amount(), Language.NB));
        var spousesTask = declarations.stream().filter(task -> task.getAssignee().equals(spouse)).findFirst().orElseThrow();
        var taskPage = heir.get("/min-side/saker/" + reference + "/oppgaver/" + spousesTask.getId()).body();
        assertThat(taskPage).as("the declaration tells the heir where to see the estate")
                .contains("Du kan se hva dødsboet eier og skylder før du svarer.", "/min-side/saker/" + reference + "/dodsbo");
        assertThat(heir.get("/min-side/saker/" + reference).body()).as("the timeline says the heirs can see the estate")
                .contains("Arvingene med formuesfullmakt kan se oversikten over dødsboet før de velger");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.DECLARE_SETTLEMENT).count())
                .as("nobody has answered yet").isEqualTo(heirs.size());

        var other = new CookieBrowser(port);
        logIn(other, stranger);
        var refused = other.get("/api/citizen/cases/" + reference + "/estate-overview", "application/json");
        assertThat(refused.status()).as("a person who is no heir").isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(other.get("/min-side/saker/" + reference + "/dodsbo").status()).isEqualTo(404);

        var lifeEventCase = cases.find(CaseReference.of(reference)).orElseThrow();
        assertThat(accessLog.of(lifeEventCase)).filteredOn(entry -> entry.register().equals("estate-overview"))
                .as("the API and the page, each a showing to the spouse").hasSize(2)
                .allSatisfy(showing -> {
                    assertThat(showing.accessedBy()).isEqualTo(spouse);
                    assertThat(showing.about()).isEqualTo(deceased.identityNumber());
                    assertThat(showing.fields()).contains("banks", "debts");
                });
        assertThat(accessLog.of(lifeEventCase)).filteredOn(entry -> entry.register().equals("dsop"))
                .as("the banks' read is logged").isNotEmpty()
                .allSatisfy(read -> assertThat(read.fields()).contains("debts.amount"));
    }

    /**
     * A living married person with a living spouse, children, accounts and debts and no protected address in the
     * family, chosen in an order of its own (the number read backwards), away from the people other tests take.
     */
    private SimulatedPerson marriedWithAccountsAndDebts() {
        return population.all().stream()
                .sorted(Comparator.comparing(person -> new StringBuilder(person.identityNumber()).reverse().toString()))
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && person.civilStatus() == CivilStatus.GIFT)
                .filter(person -> population.find(person.spouse()).filter(spouse -> spouse.isAlive() && !spouse.hasProtectedAddress()).isPresent())
                .filter(person -> !person.children().isEmpty() && person.children().stream().map(population::find)
                        .allMatch(child -> child.filter(SimulatedPerson::isAlive).filter(found -> !found.hasProtectedAddress()).isPresent()))
                .filter(person -> !banks.accountsOf(person.fodselsnummer()).isEmpty()
                        && !banks.debtsOf(person.fodselsnummer(), null).isEmpty())
                .findFirst().orElseThrow();
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
