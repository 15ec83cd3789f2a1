package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.documents.CitizenDocuments;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mother who writes nynorsk appeals her child-benefit decision in headless Chromium on a 320 px wide screen
 * (docs/adr/0056): the form in nynorsk, a readable message when she sends it empty, and the appeal received and shown
 * with where it is; axe-core finds no WCAG 2.1 A or AA violation, and nothing needs scrolling sideways. Skipped where no
 * Chromium is installed.
 */
@LifecaseIT
class AppealInNynorskBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
    private CitizenDocuments documents;

    @Autowired
    private Appeals appeals;

    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        browser = HeadlessChromium.start(320, 1400, "nn", "nb");
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_mother_appeals_her_child_benefit_decision_in_nynorsk_on_a_narrow_screen() throws IOException {
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");
        var decision = documents.onCase(instance.getBusinessKey()).stream()
                .filter(document -> document.name().equals("child-benefit-granted")).findFirst().orElseThrow();

        browser.get("http://localhost:" + port + "/min-side");
        browser.findElement(By.id("otherPid")).sendKeys(mother);
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-substantial]")).click();
        clickAndWait(By.cssSelector("form.testid button[type=submit]"));

        browser.get("http://localhost:" + port + "/min-side/dokumenter/" + decision.id() + "?lang=nn");
        assertThat(browser.findElement(By.id("klage-tittel")).getText()).isEqualTo("Klag på vedtaket");
        assertThat(browser.findElement(By.id("klage")).getText()).contains("Klagefristen er", "Kva er du usamd i, og kvifor?",
                "Får du ikkje medhald");
        assertThat(browser.findElement(By.id("ny-vurdering-tittel")).getText()).isEqualTo("Be om at ein sakshandsamar ser på vedtaket");
        assertFitsTheScreen();
        screenshot("appeal-nn");
        assertAccessible("appeal-nn");

        clickAndWait(By.cssSelector("#klage form button[type=submit]"));   // nothing written
        var summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Det du sende, har eit problem", "Skriv kva du er usamd i.");
        assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#klage-tekst");
        assertThat(browser.findElement(By.id("klage-tekst")).getAttribute("aria-describedby")).contains("error-klage-tekst");
        assertThat(appeals.against(decision)).as("nothing stored").isEmpty();
        assertFitsTheScreen();
        screenshot("appeal-nn-errors");
        assertAccessible("appeal-nn-errors");

        browser.findElement(By.id("klage-tekst")).sendKeys("Eg bur åleine med barnet og meiner eg har rett på utvida barnetrygd.");
        clickAndWait(By.cssSelector("#klage form button[type=submit]"));

        assertThat(browser.findElement(By.cssSelector("main .notice")).getText())
                .isEqualTo("Klaga di er send til Arbeids- og velferdsetaten (Nav).");
        assertThat(browser.findElement(By.id("klage")).getText()).contains("Klage send", "Arbeids- og velferdsetaten (Nav) ser på ho.");
        assertThat(appeals.against(decision)).singleElement()
                .satisfies(appeal -> assertThat(appeal.text()).startsWith("Eg bur åleine med barnet"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(decision.caseRef()).taskDefinitionKey("Task_ConsiderAppeal")
                .taskCandidateGroup("nav").count()).as("a task for Nav").isEqualTo(1);
        assertFitsTheScreen();
        screenshot("appeal-nn-sent");
        assertAccessible("appeal-nn-sent");
    }

    /** WCAG 1.4.10 (reflow): at 320 CSS pixels nothing needs scrolling sideways. */
    private void assertFitsTheScreen() {
        var widths = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertThat(((Number) widths.get(0)).longValue()).as("page width at 320 px").isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
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
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
