package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessEntry;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Kroner;
import no.lifecase.language.Language;
import no.lifecase.register.estate.EstateOverview;
import no.lifecase.simulator.estate.SimulatedBanks;
import no.lifecase.simulator.estate.SimulatedProperties;
import no.lifecase.simulator.estate.SimulatedVehicles;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.HeadlessChromium;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A man dies; his wife, entitled to the estate overview, reads it in the portal in bokmål, nynorsk and English at 320 and
 * 1280 px, each figure with its register and the date it was read, the balances and debts on the date of death and the
 * mortgages registered on the property (docs/adr/0064), and each showing is a line in the case's data-access
 * log. His adult child, an heir the overview was not gathered for, and a stranger get "not found" from the page and the
 * API alike (docs/adr/0063).
 */
@LifecaseIT
class HeirReadsTheEstateOverviewIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Per language: the page's heading, the banks' register name, how the language writes kroner, the debts' heading and
     * how a balance and a debt on the date of death are said.
     */
    private static final Map<String, List<String>> IN_LANGUAGE = Map.of(
            "nb", List.of("Oversikt over dødsboet", "Bankene (gjennom DSOP)", "Grunnboken hos Kartverket", " kr", "Gjeld",
                    "saldo på dødsdagen", "gjeld på dødsdagen"),
            "nn", List.of("Oversikt over dødsbuet", "Bankane (gjennom DSOP)", "Grunnboka hos Kartverket", " kr", "Gjeld",
                    "saldo på dødsdagen", "gjeld på dødsdagen"),
            "en", List.of("Overview of the estate", "The banks (through DSOP)", "Land Register (Norwegian Mapping Authority)", "NOK ", "Debts",
                    "balance on the date of death", "debt on the date of death"));
    /** Per language: the heading over what is registered on a property, how a mortgage line reads, and the debts' pointer to it. */
    private static final Map<String, List<String>> ENCUMBRANCES_IN_LANGUAGE = Map.of(
            "nb", List.of("Heftelser", "Pantedokument til %s, %s, tinglyst %s", "Pant i eiendommene (pantedokumenter) står under hver eiendom"),
            "nn", List.of("Heftingar", "Pantedokument til %s, %s, tinglyst %s", "Pant i eigedomane (pantedokument) står under kvar eigedom"),
            "en", List.of("Encumbrances", "Mortgage to %s, %s, registered %s", "Mortgages on the property (pantedokumenter) are shown under each property"));
    private static final Map<String, Locale> WRITTEN = Map.of("nb", Locale.forLanguageTag("nb"), "nn", Locale.forLanguageTag("nn"),
            "en", Locale.UK);

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
    private Population population;

    @Autowired
    private SimulatedBanks banks;

    @Autowired
    private SimulatedProperties properties;

    @Autowired
    private SimulatedVehicles vehicles;

    @Autowired
    private EstateOverview overview;

    @Autowired
    private CaseService cases;

    @Autowired
    private DataAccessLog accessLog;

    private ChromeDriver browser;
    private LocalDate died;
    private List<SimulatedBanks.Debt> debts;
    private List<SimulatedProperties.Property> propertyRights;

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

    @Test
    void the_entitled_heir_reads_the_estate_in_her_language_and_everyone_else_finds_nothing() throws Exception {
        var deceased = marriedParentWithAFullEstate();
        var widow = deceased.spouse();
        var adultChild = adultChildOf(deceased);
        var stranger = new Simulation(http, feeds, runtime, history).example("singleAdult");

        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var death = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased.identityNumber());
        simulation.awaitPassed(death, "Task_FindFamily");
        var reference = CaseReference.of(death.getBusinessKey());
        // The case gathers it for the heirs the court gave a formuesfullmakt (docs/adr/0064); once it has, gathered
        // again for the widow alone, as estate-overview-access decides for a surviving spouse keeping the estate.
        simulation.awaitPassed(death, "Task_GatherOverviewBeforeTheChoice");
        died = population.find(deceased.identityNumber()).orElseThrow().deathDate();
        debts = banks.debtsOf(deceased.fodselsnummer(), died);
        propertyRights = properties.of(deceased.fodselsnummer());
        var gathered = overview.gather(reference, deceased.fodselsnummer(), died, List.of(Fodselsnummer.parse(widow)));
        assertThat(gathered).isNotEmpty();

        logIn(widow);
        var estatePage = PortalSecurity.HOME + "/saker/" + reference.value() + "/dodsbo";
        browser.get(base() + PortalSecurity.HOME + "/saker/" + reference.value() + "?lang=nb");
        assertThat(browser.findElements(By.cssSelector("main a[href$='/dodsbo']"))).as("the case links to the estate overview")
                .extracting(link -> link.getAttribute("href")).containsExactly(base() + estatePage);

        var findings = new ArrayList<String>();
        for (var language : List.of("nb", "nn", "en")) {
            browser.get(base() + estatePage + "?lang=" + language);
            for (var width : List.of(320, 1280)) {
                viewport(width);
                findings.addAll(check(language, width));
            }
        }
        browser.get(base() + PortalSecurity.HOME + "?lang=nb");   // her stored choice back to bokmål for other tests
        assertThat(findings).isEmpty();

        var showings = showings(reference);
        assertThat(showings).as("each of the three languages' pages was one showing to the widow").hasSize(3)
                .allSatisfy(showing -> {
                    assertThat(showing.accessedBy()).isEqualTo(widow);
                    assertThat(showing.about()).isEqualTo(deceased.identityNumber());
                    assertThat(showing.fields()).containsExactly("banks", "debts", "properties", "encumbrances", "vehicles");
                    assertThat(showing.purpose()).isEqualTo("To tell the agencies about the death and help the heirs settle the estate");
                });

        var api = logInWithoutJavaScript(widow);
        var answer = api.get("/api/citizen/cases/" + reference.value() + "/estate-overview", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        var json = new ObjectMapper().readTree(answer.body());
        assertThat(json.get("banks")).hasSize(banks.banksOf(deceased.fodselsnummer()).size());
        assertThat(json.get("properties")).hasSize(properties.of(deceased.fodselsnummer()).size());
        assertThat(json.get("vehicles")).hasSize(vehicles.of(deceased.fodselsnummer()).size());
        assertThat(json.get("debts")).hasSize(debts.size());
        assertThat(json.get("banks").get(0).get("balanceDate").asText()).isEqualTo(died.toString());
        assertThat(json.get("banks").get(0).get("source").asText()).isEqualTo("dsop");
        assertThat(json.get("vehicles").get(0).get("readAt").asText()).startsWith(LocalDate.now().getYear() + "-");
        var mortgaged = json.get("properties").findValues("encumbrances").stream().filter(list -> !list.isEmpty()).findFirst().orElseThrow();
        assertThat(mortgaged.get(0).get("type").asText()).isEqualTo("Pantedokument");
        assertThat(mortgaged.get(0).get("source").asText()).isEqualTo("kartverket");
        assertThat(showings(reference)).hasSize(4);

        for (var notEntitled : List.of(adultChild, stranger)) {
            var other = logInWithoutJavaScript(notEntitled);
            var page = other.get(estatePage);
            assertThat(page.status()).as("the estate page for %s", notEntitled.equals(adultChild) ? "an heir not entitled" : "a stranger")
                    .isEqualTo(404);
            assertThat(page.body()).doesNotContain("DSOP", "Kartverket");
            var refused = other.get("/api/citizen/cases/" + reference.value() + "/estate-overview", "application/json");
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            if (notEntitled.equals(adultChild)) {
                assertThat(other.get(PortalSecurity.HOME + "/saker/" + reference.value()).body())
                        .as("the child sees the case, without the link").doesNotContain("/dodsbo");
            }
        }
        assertThat(showings(reference)).as("a refusal shows nothing, so logs nothing").hasSize(4);
    }

    private List<String> check(String language, int width) {
        var where = language + " " + width + " px: ";
        var found = new ArrayList<String>();
        if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            found.add(where + "the page is not in " + language);
        }
        var widths = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        if (((Number) widths.get(0)).longValue() > ((Number) widths.get(1)).longValue()) {
            found.add(where + "scrolls sideways: " + widths.get(0) + " px wide");
        }
        var body = browser.findElement(By.tagName("body")).getText();
        if (body.contains("??")) {
            found.add(where + "a raw message key");
        }
        var deathDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(WRITTEN.get(language)).format(died);
        for (var expected : concat(IN_LANGUAGE.get(language), deathDay)) {
            if (!body.contains(expected)) {
                found.add(where + "missing \"" + expected + "\"");
            }
        }
        var debtRows = browser.findElements(By.cssSelector("section[aria-labelledby=gjeld] tbody tr"));
        if (debtRows.size() != debts.size()) {
            found.add(where + debtRows.size() + " debts shown, not " + debts.size());
        }
        for (var debt : debts) {
            // The browser's text has plain spaces where the page writes non-breaking ones between digit groups.
            var amount = Kroner.written(debt.amount(), Language.of(WRITTEN.get(language))).replace('\u00A0', ' ').replace('\u202F', ' ');
            if (!body.replace('\u00A0', ' ').replace('\u202F', ' ').contains(amount)) {
                found.add(where + "missing the debt of " + debt.amount() + " to " + debt.creditor().name());
            }
        }
        var encumbrances = ENCUMBRANCES_IN_LANGUAGE.get(language);
        var section = browser.findElement(By.cssSelector("section[aria-labelledby=eiendommer]"));
        var properties = section.getText();
        // A column on a wide screen, a label drawn by CSS in each card on a narrow one (not in the text Selenium reads).
        var headings = section.findElements(By.tagName("th")).stream().map(th -> th.getAttribute("textContent").strip()).toList();
        var labels = section.findElements(By.cssSelector("tbody td")).stream().map(td -> td.getAttribute("data-label")).toList();
        if (!headings.contains(encumbrances.get(0)) || !labels.contains(encumbrances.get(0))) {
            found.add(where + "no heading \"" + encumbrances.get(0) + "\" over what is registered on the property");
        }
        if (!body.contains(encumbrances.get(2))) {
            found.add(where + "the debts do not say where the mortgages are");
        }
        for (var property : propertyRights) {
            for (var encumbrance : property.encumbrances()) {
                var amount = Kroner.written(encumbrance.amount(), Language.of(WRITTEN.get(language)));
                var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(WRITTEN.get(language)).format(encumbrance.registeredDate());
                var line = plainSpaces(String.format(encumbrances.get(1), encumbrance.holder().name(), amount, day));
                if (!plainSpaces(properties).contains(line)) {
                    found.add(where + "missing \"" + line + "\" under " + property.address());
                }
            }
        }
        // Every row of every table says where its figures come from and when they were read.
        for (var row : browser.findElements(By.cssSelector("main table tbody tr"))) {
            var cells = row.findElements(By.tagName("td"));
            var source = cells.get(cells.size() - 2).getText();
            var readAt = cells.get(cells.size() - 1).findElement(By.tagName("time"));
            if (source.isBlank() || readAt.getText().isBlank() || !readAt.getAttribute("datetime").startsWith(String.valueOf(LocalDate.now().getYear()))) {
                found.add(where + "a row without its source or date: " + row.getText());
            }
        }
        new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations()
                .forEach(rule -> found.add(where + "axe " + rule.getId() + " " + rule.getHelp()));
        return found;
    }

    /** The browser's text has plain spaces where the page writes non-breaking ones between digit groups. */
    private static String plainSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static List<String> concat(List<String> texts, String more) {
        var all = new ArrayList<>(texts);
        all.add(more);
        return all;
    }

    /** The case's log lines for showings of the estate overview. */
    private List<DataAccessEntry> showings(CaseReference reference) {
        var lifeEventCase = cases.find(reference).orElseThrow();
        return accessLog.of(lifeEventCase).stream().filter(entry -> entry.register().equals("estate-overview")).toList();
    }

    /**
     * A living married man or woman with a living spouse and an adult child, with accounts, mortgaged property and a vehicle, and
     * no protected address in the family; taken from the end of the population, away from the examples other tests use.
     */
    private SimulatedPerson marriedParentWithAFullEstate() {
        return population.all().stream()
                .sorted(Comparator.comparing(SimulatedPerson::identityNumber).reversed())
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && person.civilStatus() == CivilStatus.GIFT)
                .filter(person -> population.find(person.spouse()).filter(spouse -> spouse.isAlive() && !spouse.hasProtectedAddress()).isPresent())
                .filter(person -> adultChildOrNull(person) != null)
                .filter(person -> !banks.banksOf(person.fodselsnummer()).isEmpty() && !properties.of(person.fodselsnummer()).isEmpty()
                        && !vehicles.of(person.fodselsnummer()).isEmpty() && !banks.debtsOf(person.fodselsnummer(), null).isEmpty()
                        && properties.of(person.fodselsnummer()).stream().anyMatch(property -> !property.encumbrances().isEmpty()))
                .findFirst().orElseThrow();
    }

    private String adultChildOf(SimulatedPerson person) {
        return Objects.requireNonNull(adultChildOrNull(person));
    }

    private String adultChildOrNull(SimulatedPerson person) {
        return person.children().stream()
                .map(population::find).flatMap(java.util.Optional::stream)
                .filter(child -> child.isAlive() && !child.hasProtectedAddress() && child.ageOn(population.today()) >= 18)
                .map(SimulatedPerson::identityNumber)
                .findFirst().orElse(null);
    }

    private void viewport(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void logIn(String person) {
        browser.get(base() + PortalSecurity.HOME);
        browser.findElement(By.id("otherPid")).sendKeys(person);
        browser.findElement(By.cssSelector("input[name=level][value=idporten-loa-high]")).click();
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form.testid button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !isAttached(page)
                && driver.getCurrentUrl().startsWith(base() + PortalSecurity.HOME));
    }

    private CookieBrowser logInWithoutJavaScript(String person) {
        var cookies = new CookieBrowser(port);
        var loginPage = cookies.get(PortalSecurity.HOME);
        var myCases = cookies.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", person,
                "level", "idporten-loa-high", "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
        return cookies;
    }

    private static boolean isAttached(WebElement element) {
        try {
            element.isEnabled();
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
