package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in headless Chromium, logged in through the test ID-porten: screenshots of "my cases" and a case page
 * in target/screenshots, and axe-core finds no WCAG 2.1 level A or AA violation on them. Skipped where no Chromium
 * is installed (Debian packages chromium and chromium-driver; .ci/run installs them).
 */
@LifecaseIT
class CitizenPortalBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String CITIZEN = "30908299902";   // synthetic (Tenor) number, 2032 rule

    @LocalServerPort
    private int port;

    @Autowired
    private CaseService cases;

    private WebDriver browser;

    @BeforeEach
    void startChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "No Chromium here: browser test skipped");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,1400", "--lang=nb");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_citizen_logs_in_and_reads_a_case_on_accessible_pages() throws IOException {
        var reference = cases.open(LifeEvent.HAVING_A_CHILD, Fodselsnummer.parse(CITIZEN)).reference().value();

        browser.get("http://localhost:" + port + "/min-side");
        assertThat(browser.getCurrentUrl()).contains("/idporten/login");
        assertAccessible("testid-login");
        browser.findElement(By.id("otherPid")).sendKeys(CITIZEN);   // typed, as TestID allows for any synthetic number
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-substantial]")).click();
        browser.findElement(By.cssSelector("form.testid button[type=submit]")).click();

        assertThat(browser.getCurrentUrl()).contains("/min-side");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mine saker");
        screenshot("my-cases");
        assertAccessible("my-cases");

        browser.findElement(By.linkText("Få barn")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/min-side/saker/" + reference);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dette har skjedd", "Case opened: Having a child");
        screenshot("case");
        assertAccessible("case");

        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Having a child");
        screenshot("case-en");
        assertAccessible("case-en");
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
