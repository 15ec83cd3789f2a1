package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.HeadlessChromium;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in headless Chromium, logged in through the test ID-porten: screenshots of "my cases", a case page, a
 * task answered with its form (with and without errors) and the start of a life event in target/screenshots, and
 * axe-core finds no WCAG 2.1 level A or AA violation on them. Skipped where no Chromium is installed (Debian packages
 * chromium and chromium-driver; .ci/run installs them).
 */
@LifecaseIT
class CitizenPortalBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String CITIZEN = "30908299902";   // synthetic (Tenor) number, 2032 rule

    @LocalServerPort
    private int port;

    @Autowired
    private CaseService cases;

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
    private Population population;

    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        browser = HeadlessChromium.start(1024, 1400, "nb", "no");
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_citizen_logs_in_and_reads_a_case_on_accessible_pages() throws IOException {
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(CITIZEN)).reference().value();

        browser.get("http://localhost:" + port + "/min-side");
        assertThat(browser.getCurrentUrl()).contains("/idporten/login");
        assertAccessible("testid-login");
        browser.findElement(By.id("otherPid")).sendKeys(CITIZEN);   // typed, as TestID allows for any synthetic number
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-substantial]")).click();
        clickAndWait(By.cssSelector("form.testid button[type=submit]"));

        assertThat(browser.getCurrentUrl()).contains("/min-side");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mine saker");
        screenshot("my-cases");
        assertAccessible("my-cases");

        clickAndWait(By.linkText("Få barn"));
        assertThat(browser.getCurrentUrl()).endsWith("/min-side/saker/" + reference);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dette har skjedd", "Vi har opprettet saken")
                .doesNotContain("Case opened");
        screenshot("case");
        assertAccessible("case");

        clickAndWait(By.linkText("English"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Having a child");
        screenshot("case-en");
        assertAccessible("case-en");
    }

    @Test
    void a_mother_answers_the_parental_benefit_offer_on_her_childs_case() throws IOException {
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        var reference = instance.getBusinessKey();
        await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseParentalBenefit").count() == 1);

        browser.get("http://localhost:" + port + "/min-side");
        browser.findElement(By.id("otherPid")).sendKeys(mother);
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-substantial]")).click();
        clickAndWait(By.cssSelector("form.testid button[type=submit]"));

        clickAndWait(By.cssSelector("a[href$='/min-side/saker/" + reference + "']"));
        clickAndWait(By.linkText("Velg foreldrepenger eller engangsstønad"));
        assertThat(browser.getCurrentUrl()).contains("/min-side/saker/" + reference + "/oppgaver/");
        assertThat(browser.findElement(By.tagName("legend")).getText()).contains("Hva vil du søke om?", "(må fylles ut)");
        screenshot("task");
        assertAccessible("task");

        clickAndWait(By.cssSelector("main form button[type=submit]"));   // nothing chosen
        var summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Svaret ditt har problemer", "Du må svare på «Hva vil du søke om?».");
        assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#field-parentalBenefitChoice-0");
        assertThat(browser.findElement(By.id("field-parentalBenefitChoice-0")).getAttribute("aria-describedby"))
                .isEqualTo("error-parentalBenefitChoice");
        screenshot("task-errors");
        assertAccessible("task-errors");

        browser.findElement(By.cssSelector("label[for=field-parentalBenefitChoice-2]")).click();   // "Ingenting nå, takk"
        clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).endsWith("/min-side/saker/" + reference);
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("Takk, vi har fått svaret ditt");
        assertThat(browser.findElements(By.cssSelector(".timeline__entry"))).extracting(entry -> entry.getText())
                .anyMatch(text -> text.contains("Du har svart på tilbudet om foreldrepenger og engangsstønad"));
        assertThat(browser.findElements(By.linkText("Velg foreldrepenger eller engangsstønad"))).isEmpty();
        screenshot("case-answered");
        assertAccessible("case-answered");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_citizen_starts_losing_and_finding_a_job_on_an_accessible_start_page() throws IOException {
        var today = population.today();
        var citizen = population.adults().stream()
                .filter(person -> person.isAlive() && !person.hasDNumber() && !person.hasProtectedAddress() && person.ageOn(today) >= 20)
                .map(SimulatedPerson::identityNumber).skip(300).findFirst().orElseThrow();
        var employments = (List<Map<String, Object>>) http.getForObject("/sim/aa-registeret/personer/" + citizen, Map.class).get("employments");
        var employer = (String) ((Map<String, Object>) employments.get(0).get("arbeidsgiver")).get("organisasjonsnummer");

        browser.get("http://localhost:" + port + "/min-side");
        browser.findElement(By.id("otherPid")).sendKeys(citizen);
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-high]")).click();
        clickAndWait(By.cssSelector("form.testid button[type=submit]"));
        assertThat(browser.findElement(By.id("start-livshendelse")).getText()).isEqualTo("Start en livshendelse");

        clickAndWait(By.cssSelector("a[href$='/min-side/ny-sak/losing-and-finding-a-job']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Start: Miste og finne jobb");
        screenshot("start-life-event");
        assertAccessible("start-life-event");

        clickAndWait(By.cssSelector("main form button[type=submit]"));   // nothing answered
        var summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Svarene dine har problemer", "Du må svare på «Siste arbeidsdag».");
        screenshot("start-life-event-errors");
        assertAccessible("start-life-event-errors");

        browser.findElement(By.id("field-lastWorkingDay")).sendKeys(today.plusDays(14).toString());
        browser.findElement(By.cssSelector("label[for=field-reason-0]")).click();   // dismissed
        browser.findElement(By.id("field-employerOrganisationNumber")).sendKeys(employer);
        clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).contains("/min-side/saker/LE-");
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("Saken «Miste og finne jobb» er opprettet");
        screenshot("life-event-started");
        assertAccessible("life-event-started");
    }

    private void clickAndWait(By what) {
        HeadlessChromium.clickAndWait(browser, what);
    }

    private void assertAccessible(String page) {
        var violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
        assertThat(violations).as("WCAG 2.1 A/AA violations on %s:%n%s", page, describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
