package no.lifecase.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Chromium of the browser tests, from Debian's packages (installed by .ci/run). The browser's languages decide the
 * portal's language until the citizen chooses one (docs/adr/0053), so each test says which it asks for. Where no
 * Chromium is installed the test is skipped, never passed.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A headless Chromium with a window of this size, asking for these languages, first the one it prefers. */
    public static ChromeDriver start(int width, int height, String... languages) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "No Chromium here: browser test skipped");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--lang=" + languages[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", String.join(",", languages)));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Clicks what leads to another page and waits until that page has replaced this one and has loaded. */
    public static void clickAndWait(WebDriver browser, By what) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> replaced(page));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element is gone. Chromium says so either as a stale element or, when the new document
     * arrives while it is asked, as an inspector error that the node "does not belong to the document".
     */
    private static boolean replaced(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException asked) {
            if (String.valueOf(asked.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw asked;
        }
    }
}
