package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element;
import no.lifecase.referencedata.CourtDistricts;
import no.lifecase.signing.SignedPdfVerifier;
import no.lifecase.signing.SigningVariables;
import no.lifecase.signing.VerifiedSignature;
import no.lifecase.simulator.domstol.SimulatedCourts;
import no.lifecase.simulator.estate.SimulatedBanks;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.signering.SimulatedSigningService;
import no.lifecase.testsupport.HeadlessChromium;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The heirs' whole way through a death case, in Chromium with the test ID-porten login: a married parent dies, and the
 * widow or widower and their two adult children each open their task from the case page, choose private settlement (the
 * widow takes on the debts), check the register data, and sign the declaration at the simulated signing service; the
 * district court of the deceased's last address receives one PDF with the three signatures and answers through its feed;
 * then each heir reads on the case page that the court has registered private settlement and issued the skifteattest,
 * opens the task of sharing the estate, and opens the estate overview (docs/adr/0061, docs/adr/0062, docs/adr/0063).
 * The widow reads in bokmål, the elder child in nynorsk and the younger child in English.
 */
@LifecaseIT
class HeirsSettleTheEstateBrowserIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String CHECK_EVIDENCE = "Task_CheckEvidence";

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
    private Population population;

    @Autowired
    private CaseService cases;

    @Autowired
    private SimulatedBanks banks;

    @Autowired
    private SimulatedCourts courts;

    @Autowired
    private SimulatedSigningService signingService;

    @Autowired
    private CourtDistricts courtDistricts;

    private ChromeDriver browser;

    @BeforeEach
    void startChromium() {
        browser = HeadlessChromium.start(1280, 1000, "nb", "no");
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** What an heir reads on the way, in the language they read the portal in. */
    private record Words(String language, String languageLink, String declareTask, String question, String thanks,
                         String answeredPrivate, String answeredTakingOnDebts, String notYet, String checkTask, String heir,
                         List<String> signingPanel, String goToSigning, String youHaveSigned, String courtRegistered,
                         String skifteattest, String shareTask, String shareText, String estateLink, String estateHeading,
                         String banks) {
    }

    private static final Words BOKMAL = new Words("nb", null,
            "Velg hvordan dødsboet skal gjøres opp", "Hvordan vil du at dødsboet skal gjøres opp?", "Takk, vi har fått svaret ditt",
            "Har svart: privat skifte", "Har svart: privat skifte, og tar på seg gjelden", "Har ikke svart ennå",
            "Se over opplysningene", "Arving: ",
            List.of("Signer erklæringen", "Du signerer at arvingene overtar dødsboet til privat skifte."), "Gå til signering",
            "Du har signert erklæringen.", "Tingretten har registrert hvordan dødsboet skal gjøres opp",
            "Tingretten har registrert privat skifte og utstedt skifteattest til arvingene. Med den deler dere dødsboet selv.",
            "Arvingene deler dødsboet og gir beskjed når det er gjort",
            "Med skifteattesten kan dere avslutte avdødes kontoer, betale gjelden og dele det som er igjen",
            "Se oversikten over dødsboet", "Oversikt over dødsboet", "Bankene (gjennom DSOP)");

    private static final Words NYNORSK = new Words("nn", "Nynorsk",
            "Vel korleis dødsbuet skal gjerast opp", "Korleis vil du at dødsbuet skal gjerast opp?", "Takk, vi har fått svaret ditt",
            "Har svart: privat skifte", "Har svart: privat skifte, og tek på seg gjelda", "Har ikkje svart enno",
            "Sjå over opplysningane", "Arving: ",
            List.of("Signer erklæringa", "Du signerer at arvingane overtek dødsbuet til privat skifte."), "Gå til signering",
            "Du har signert erklæringa.", "Tingretten har registrert korleis dødsbuet skal gjerast opp",
            "Tingretten har registrert privat skifte og skrive ut skifteattest til arvingane. Med han deler de dødsbuet sjølve.",
            "Arvingane deler dødsbuet og gir melding når det er gjort",
            "Med skifteattesten kan de avslutte kontoane til den avdøde, betale gjelda og dele det som er att",
            "Sjå oversikta over dødsbuet", "Oversikt over dødsbuet", "Bankane (gjennom DSOP)");

    private static final Words ENGLISH = new Words("en", "English",
            "Choose how the estate is settled", "How do you want the estate to be settled?", "Thank you, we have your answer",
            "Has answered: private settlement", "Has answered: private settlement, and takes on the debts", "Has not answered yet",
            "Check the information", "Heir: ",
            List.of("Sign the declaration", "You sign that the heirs take over the estate for private settlement."), "Go to signing",
            "You have signed the declaration.", "The district court has registered how the estate is settled",
            "The district court has registered private settlement and issued the probate certificate (skifteattest) to the heirs."
                    + " With it, you share the estate yourselves.",
            "The heirs share the estate and tell us when it is done",
            "With the probate certificate (skifteattest) you can close the deceased's accounts, pay the debts and share what is left",
            "See the overview of the estate", "Overview of the estate", "The banks (through DSOP)");

    @Test
    void a_widow_and_two_adult_children_declare_check_sign_and_get_the_courts_answer_in_the_portal() {
        var deceased = aMarriedParentOfTwoAdults();
        var widow = deceased.spouse();
        var elder = deceased.children().get(0);
        var younger = deceased.children().get(1);
        var heirs = List.of(widow, elder, younger);
        var names = Map.of(widow, nameOf(widow), elder, nameOf(elder), younger, nameOf(younger));
        var wordsOf = Map.of(widow, BOKMAL, elder, NYNORSK, younger, ENGLISH);

        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var death = simulation.caseOpenedByFeed("folkeregisteret", DeathAndInheritance.PROCESS_ID, deceased.identityNumber());
        var reference = death.getBusinessKey();
        var casePage = base() + PortalSecurity.HOME + "/saker/" + reference;

        // The widow first checks the facts Nav decides her survivor benefit on, so that the declaration's own check is
        // the only "Se over opplysningene" waiting for her later.
        var survivorCheck = awaitCheck(reference, widow, "survivor-benefit");
        logIn(widow);
        openCaseFromMyCases(reference);
        clickAndWait(By.cssSelector("a[href$='/oppgaver/" + survivorCheck + "']"));
        confirmTheEvidence();

        // 1. Each heir chooses private settlement in their own task, in their language; the widow takes on the debts.
        for (var heir : heirs) {
            var words = wordsOf.get(heir);
            awaitTask(death, Element.DECLARE_SETTLEMENT, heir);
            switchTo(heir);
            openCaseFromMyCases(reference);
            if (words.languageLink() != null) {
                clickAndWait(By.linkText(words.languageLink()));   // the choice stays with the heir (docs/adr/0053)
            }
            assertInLanguage(words);
            clickAndWait(By.partialLinkText(words.declareTask()));
            assertThat(main()).contains(words.question());
            browser.findElement(By.cssSelector("label[for=field-settlementChoice-0]")).click();   // private settlement
            if (heir.equals(widow)) {
                browser.findElement(By.cssSelector("label[for=field-takesOnDebts]")).click();
            }
            clickAndWait(By.cssSelector("main form button[type=submit]"));

            assertThat(browser.getCurrentUrl()).startsWith(casePage);
            assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).startsWith(words.thanks());
            var answers = jointAnswers();
            assertThat(answers).containsOnlyKeys(names.values());
            assertThat(answers.get(names.get(widow))).isEqualTo(words.answeredTakingOnDebts());
            assertThat(answers.get(names.get(heir))).startsWith(words.answeredPrivate());
            assertThat(answers.values()).as("%s reads the others' answers in %s", heir, words.language())
                    .allMatch(answer -> answer.startsWith(words.answeredPrivate()) || answer.equals(words.notYet()));
            assertThat(main()).as("no identity number on the page").doesNotContain(widow, elder, younger, deceased.identityNumber());
        }
        assertThat(jointAnswers()).as("the last heir reads everyone's answer").doesNotContainValue(ENGLISH.notYet());

        // 2. Each heir checks the register data the declaration rests on, every heir named.
        for (var heir : heirs) {
            var words = wordsOf.get(heir);
            var check = awaitCheck(reference, heir, "estate-declaration");
            switchTo(heir);
            openCaseFromMyCases(reference);
            assertInLanguage(words);
            assertThat(browser.findElements(By.linkText(words.checkTask()))).as("one check waits for %s", heir).singleElement()
                    .extracting(link -> link.getAttribute("href")).isEqualTo(casePage + "/oppgaver/" + check);
            clickAndWait(By.linkText(words.checkTask()));
            assertThat(main()).contains(words.heir() + names.get(widow) + " (", words.heir() + names.get(elder) + " (",
                    words.heir() + names.get(younger) + " (");
            confirmTheEvidence();
        }

        // 3. Each heir signs at the signing service through their own link on the case page.
        for (var heir : heirs) {
            var words = wordsOf.get(heir);
            switchTo(heir);
            var panel = reloadUntilPresent(casePage, By.cssSelector("section[aria-labelledby=signer-erklaering]"));
            assertThat(panel.getText()).contains(words.signingPanel()).contains(words.goToSigning());
            clickAndWait(By.linkText(words.goToSigning()));
            assertThat(browser.getCurrentUrl()).contains("/sim/signering/signer/");
            clickAndWait(By.xpath("//button[normalize-space()='Signer']"));
            assertThat(main()).contains("Du har signert dokumentet.");

            browser.get(casePage);
            assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=signer-erklaering]")).getText())
                    .contains(words.youHaveSigned()).doesNotContain(words.goToSigning());
        }

        // Lifecase asks the signing service again after its timer; the test does not wait ten minutes for it.
        var signing = runtime.createProcessInstanceQuery().processDefinitionKey(SigningVariables.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult();
        await().atMost(Duration.ofSeconds(90)).ignoreException(OptimisticLockingException.class).until(() -> {
            management.createJobQuery().processInstanceId(signing.getId()).timers().list()
                    .forEach(timer -> management.setJobDuedate(timer.getId(), new Date()));
            return simulation.passed(death, Element.SIGN_AND_SEND_DECLARATION);
        });

        // 4. The district court of the deceased's last address got one PDF, and the three signatures on it verify.
        var atCourt = courts.caseOf(deceased.identityNumber()).orElseThrow();
        var municipality = deceased.municipalityNumber().orElseThrow();
        assertThat("tingrett-" + atCourt.court().name()).isEqualTo(courtDistricts.courtOf(municipality, population.today()).orElseThrow());
        assertThat(atCourt.skifteform()).isEqualTo("PRIVAT_SKIFTE");
        var received = courts.declarationsReceived(atCourt.sakId());
        assertThat(received).hasSize(1);
        assertThat(new SignedPdfVerifier(signingService.ca().root()).verify(received.get(0)))
                .extracting(VerifiedSignature::signer).containsExactlyInAnyOrderElementsOf(heirs);

        // 5. The court answers through its feed; the heirs share the estate themselves and may read its overview.
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            simulation.poll("domstol");
            return tasks.createTaskQuery().processInstanceId(death.getId()).taskDefinitionKey(Element.SHARE_THE_ESTATE).count() == 1;
        });
        for (var heir : heirs) {
            var words = wordsOf.get(heir);
            switchTo(heir);
            var estateLink = reloadUntilPresent(casePage, By.cssSelector("main a[href$='/dodsbo']"));
            assertThat(estateLink.getText()).isEqualTo(words.estateLink());
            assertInLanguage(words);
            assertThat(timeline()).contains(words.courtRegistered());
            assertThat(browser.findElement(By.cssSelector("section[aria-labelledby^=felles-svar] > p")).getText())
                    .isEqualTo(words.skifteattest());
            assertThat(taskLinks()).contains(words.shareTask());
            clickAndWait(By.linkText(words.shareTask()));
            assertThat(main()).contains(words.shareText());
            browser.get(casePage);
            clickAndWait(By.cssSelector("main a[href$='/dodsbo']"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(words.estateHeading());
            assertThat(main()).contains(words.banks());
        }

        // The younger child's case page at 320 px: readable without sideways scrolling, and accessible.
        browser.get(casePage);
        viewport(320);
        var widths = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertThat(((Number) widths.get(0)).longValue()).as("no sideways scrolling at 320 px")
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        var violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
        assertThat(violations).extracting(rule -> rule.getId() + " " + rule.getHelp()).isEmpty();
    }

    /** The id of the heir's "Se over opplysningene" task in the case's preview of this subject, once it is there. */
    private String awaitCheck(String reference, String reader, String subject) {
        return await().atMost(Duration.ofSeconds(120)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CHECK_EVIDENCE).taskAssignee(reader).processVariableValueEquals("evidenceSubject", subject)
                .singleResult(), task -> task != null).getId();
    }

    /**
     * Waits for the heir's task of this step, however many automatic steps come before it; the court's feed is read
     * meanwhile, since a step before the heirs' may wait for the court's answer.
     */
    private void awaitTask(ProcessInstance death, String step, String assignee) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            feeds.poll("domstol");
            return tasks.createTaskQuery().processInstanceId(death.getId()).taskDefinitionKey(step).taskAssignee(assignee).count() == 1;
        });
    }

    private void confirmTheEvidence() {
        browser.findElement(By.cssSelector("label[for=field-evidenceAnswer-0]")).click();   // "Ja, opplysningene stemmer"
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).isNotBlank();
    }

    /** The panel "Arvingenes svar om skiftet" as the reader sees it: each heir's name and what they answered. */
    private Map<String, String> jointAnswers() {
        var terms = browser.findElements(By.cssSelector("dl.joint-answers dt"));
        var details = browser.findElements(By.cssSelector("dl.joint-answers dd"));
        assertThat(terms).hasSameSizeAs(details).isNotEmpty();
        return IntStream.range(0, terms.size()).boxed()
                .collect(Collectors.toMap(i -> terms.get(i).getText(), i -> details.get(i).getText()));
    }

    private List<String> timeline() {
        return browser.findElements(By.cssSelector(".timeline__entry span")).stream().map(WebElement::getText).toList();
    }

    private List<String> taskLinks() {
        return browser.findElements(By.cssSelector("ul.tasks a")).stream().map(WebElement::getText).toList();
    }

    /** The page is in the heir's language, with no message key left untranslated. */
    private void assertInLanguage(Words words) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(words.language());
        assertThat(main()).doesNotContain("??");
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Reloads the page until what the reader waits for is on it: the case moves on in the background. */
    private WebElement reloadUntilPresent(String page, By what) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(page);
            return browser.findElements(what).stream().findFirst().orElse(null);
        }, found -> found != null);
    }

    private void openCaseFromMyCases(String reference) {
        browser.get(base() + PortalSecurity.HOME);
        clickAndWait(By.cssSelector("a[href$='/min-side/saker/" + reference + "']"));
    }

    /** Another heir at the same computer: the last one's login is gone with the cookies. */
    private void switchTo(String heir) {
        browser.manage().deleteAllCookies();
        logIn(heir);
    }

    /** The test ID-porten's login at the high level, which the signing service asks for. */
    private void logIn(String person) {
        browser.get(base() + PortalSecurity.HOME);
        browser.findElement(By.id("otherPid")).sendKeys(person);
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-high]")).click();
        clickAndWait(By.cssSelector("form.testid button[type=submit]"));
        assertThat(browser.getCurrentUrl()).startsWith(base() + PortalSecurity.HOME);
    }

    private void clickAndWait(By what) {
        HeadlessChromium.clickAndWait(browser, what);
    }

    private void viewport(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private String nameOf(String person) {
        return population.find(person).orElseThrow().fullName();
    }

    /**
     * A married person, with a living spouse and exactly two living adult children who are the spouse's too, none with a protected
     * address, with bank accounts, in a municipality with a district court on record, in no case or court yet, and none
     * of them one of the population's named examples. Taken from the end of the population and never a Stavanger family:
     * DeclarationSigningPanelIT takes the first such family, SignAndSendDeclarationIT those in Stavanger.
     */
    private SimulatedPerson aMarriedParentOfTwoAdults() {
        var examples = Set.copyOf(http.getForObject("/sim/population/examples", Map.class).values());
        var candidates = population.all().stream()
                .filter(person -> ordinaryAdult(person) && person.civilStatus() == CivilStatus.GIFT && person.spouse() != null)
                .filter(person -> person.municipalityNumber().filter(number -> !number.equals("1103")
                        && courtDistricts.courtOf(number, population.today()).isPresent()).isPresent())
                .filter(person -> population.find(person.spouse()).filter(this::ordinaryAdult).isPresent())
                .filter(person -> person.children().size() == 2
                        && person.children().stream().allMatch(child -> population.find(child).filter(this::ordinaryAdult).isPresent())
                        && Set.copyOf(population.find(person.spouse()).orElseThrow().children()).equals(Set.copyOf(person.children())))
                .filter(person -> !banks.banksOf(person.fodselsnummer()).isEmpty())
                .filter(person -> courts.caseOf(person.identityNumber()).isEmpty() && cases.casesOf(person.fodselsnummer()).isEmpty())
                .filter(person -> !examples.contains(person.identityNumber()) && !examples.contains(person.spouse())
                        && person.children().stream().noneMatch(examples::contains))
                .toList();
        assertThat(candidates).as("a married parent of two adults in the simulated population").hasSizeGreaterThan(1);
        return candidates.get(candidates.size() - 1);
    }

    private boolean ordinaryAdult(SimulatedPerson person) {
        return person.isAlive() && !person.hasProtectedAddress() && !person.hasDNumber() && person.ageOn(population.today()) >= 18;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
