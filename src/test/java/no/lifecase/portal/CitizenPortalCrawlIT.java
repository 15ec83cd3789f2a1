package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation;
import no.lifecase.signing.SignedDeclarations;
import no.lifecase.signing.SigningVariables;
import no.lifecase.simulator.population.Population;
import no.lifecase.testsupport.HeadlessChromium;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Element;

/**
 * Every portal page a citizen reaches from My page, in bokmål, nynorsk and English, at 320 px and 1280 px, in
 * headless Chromium after the test ID-porten login (docs/adr/0053-the-portals-languages-names-and-reflow.md). The
 * citizens: a mother whose child was just born (and who has had a stillbirth), whose husband then died, who starts a business and founds a voluntary
 * organisation, who then loses her job and whose baby falls seriously ill (both started on the portal's start forms);
 * and a refugee new in Norway. Every life event is seen with a task waiting for the citizen where it has one, and the
 * widow's panel for signing the heirs' declaration is on her husband's death case (docs/adr/0062); the
 * mother's letters and decisions are read in her inbox (docs/adr/0054-letters-and-decisions-as-documents.md). On each page: no axe-core WCAG 2.1 A/AA violation, no sideways scrolling, no raw message key, and no text
 * in another language outside an element marked with that {@code lang}: no text equal to a value of another language's
 * message bundles or of another language's texts kept beside the models and letters, and no name of an element or form
 * field of the shipped models (the citizen reads texts kept beside the model; a name that is also the page language's
 * own text is that text). Each page is saved as target/screenshots/&lt;page&gt;-&lt;lang&gt;-&lt;width&gt;.png. All
 * findings are gathered and reported together.
 */
@LifecaseIT
class CitizenPortalCrawlIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path MODELS = Path.of("src", "main", "java");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> LANGUAGES = List.of("nb", "nn", "en");
    private static final List<Integer> WIDTHS = List.of(320, 1280);
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Pattern AGENCY_ID = Pattern.compile("\\b(kommune-\\d{4}|tingrett-T[A-Z]{3}|helseforetak-[a-z-]+|nav-vikafossen)\\b");

    /** The text a reader sees outside elements marked with another language, and the page's title. */
    private static final String TEXTS_IN_PAGE_LANGUAGE = """
            const page = document.documentElement.lang;
            const texts = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const text = node.textContent.replace(/\\s+/g, ' ').trim();
              const parent = node.parentElement;
              if (!text || parent.closest('script, style, template')) continue;
              const marked = parent.closest('[lang]');
              if (marked && marked.lang !== page) continue;
              texts.push(text);
            }
            return texts;""";

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
    private SignedDeclarations declarations;

    @Autowired
    private Population population;

    @Autowired
    private LifeEvents lifeEvents;

    @Autowired
    private ManagementService management;

    @Autowired
    private IdentityService identity;

    @Autowired
    private CitizenDocuments documents;

    private ChromeDriver browser;
    /** Each finding with the pages it was seen on, so that one missing text is reported once. */
    private final Map<String, List<String>> findings = new LinkedHashMap<>();

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
    void every_page_a_citizen_reaches_reads_in_one_language_and_reflows_on_a_phone() throws IOException {
        var simulation = new Simulation(http, feeds, runtime, history);
        var mother = simulation.example("marriedMotherUnder40");
        var husband = population.find(mother).orElseThrow().spouse();
        assertThat(husband).as("the example mother is married").isNotNull();

        simulation.poll("folkeregisteret");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var birth = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        awaitTask(birth, "Task_ChooseParentalBenefit");

        simulation.post("/sim/folkeregisteret/death", Map.of("person", husband));
        var death = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", husband);
        simulation.awaitPassed(death, "Task_FindFamily");
        // The widow is asked to sign an undivided-estate declaration, so the death case's page shows her signing panel.
        var signing = runtime.startProcessInstanceByKey(SigningVariables.PROCESS_KEY, death.getBusinessKey(), Map.of(
                SigningVariables.CASE_REF, death.getBusinessKey(), SigningVariables.DECEASED_ID, husband,
                SigningVariables.DECLARATION_CHOICE, "undivided-estate", SigningVariables.SIGNERS, List.of(mother),
                SigningVariables.DEBT_TAKERS, List.of()));
        await().atMost(Duration.ofSeconds(60)).until(() -> declarations.ofProcess(signing.getId())
                .filter(declaration -> declaration.signatureJobId() != null).isPresent());

        simulation.poll("enhetsregisteret");
        var organisation = (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "AS",
                "name", "Fjordlys Design AS", "founder", mother, "employees", 3, "vatRegistered", false)).get("organisasjonsnummer");
        var business = await().atMost(Duration.ofSeconds(90)).until(() -> {
            simulation.poll("enhetsregisteret");
            return runtime.createProcessInstanceQuery().processDefinitionKey("starting-a-business")
                    .variableValueEquals("organisationNumber", organisation).singleResult();
        }, found -> found != null);
        awaitTask(business, "Task_AskExpectedTurnover");

        // A stillbirth is a case about the mother, with its own titles and purposes. She has one open case of a life event
        // at most (docs/adr/0037): one that another test gave her is crawled as it is.
        var earlierStillbirth = casesAbout(mother).stream().findFirst();
        var stillbirth = earlierStillbirth.orElseGet(() -> {
            simulation.post("/sim/folkeregisteret/stillbirth", Map.of("mother", mother));
            return await().atMost(Duration.ofSeconds(60)).until(() -> {
                simulation.poll("folkeregisteret");
                return casesAbout(mother).stream().findFirst().orElse(null);
            }, found -> found != null);
        });
        if (earlierStillbirth.isEmpty()) {
            awaitTask(stillbirth, "Task_ContactFamilyAfterStillbirth");
        }

        var refugee = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration", Map.of("fromCountry", "SYR",
                "municipality", "4601", "sex", "kvinne", "residencePermit", "midlertidig", "residenceBasis", "refugee"))).get("person");
        var newInNorway = simulation.caseOpenedByFeed("folkeregisteret", "new-in-norway", refugee);

        // A voluntary organisation not yet in Frivillighetsregisteret: its board is asked to register it.
        var boardMember = simulation.example("singleAdult");
        var association = (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "FLI",
                "name", "Fjordlys Skolekorps", "founder", mother, "boardMembers", List.of(boardMember),
                "registerInFrivillighetsregisteret", false)).get("organisasjonsnummer");
        var voluntary = await().atMost(Duration.ofSeconds(90)).until(() -> {
            simulation.poll("enhetsregisteret");
            return runtime.createProcessInstanceQuery().processDefinitionKey(StartingAVoluntaryOrganisation.PROCESS_ID)
                    .variableValueEquals("organisationNumber", association).singleResult();
        }, found -> found != null);
        awaitTask(voluntary, "Task_OfferRegistration");

        var bundles = bundleTexts();
        var modelTexts = modelTexts();
        var foreign = new HashMap<String, Set<String>>();
        var modelNames = new HashMap<String, Set<String>>();
        var shipped = modelNames();
        for (var language : LANGUAGES) {
            var own = new HashSet<>(bundles.get(language));
            own.addAll(modelTexts.get(language));
            var others = new HashSet<String>();
            LANGUAGES.stream().filter(other -> !other.equals(language)).forEach(other -> {
                others.addAll(bundles.get(other));
                others.addAll(modelTexts.get(other));
            });
            others.removeAll(own);   // a word like "Status" is the same in all three
            foreign.put(language, others);
            var names = new HashSet<>(shipped);
            // "Started" is a model's name and the English page's own word; a form's English label is its English text.
            names.removeAll(own);
            // A process is named as its life event is in English; the catalogue's title is the page's own text.
            lifeEvents.all().forEach(lifeEvent -> names.remove(lifeEvent.title().in(Language.ofTag(language))));
            modelNames.put(language, names);
        }

        logIn(mother, "idporten-loa-high");
        // The two life events no register announces, started by the mother on the portal's start forms.
        var job = startLosingAJob(mother);
        var illChild = startSeriouslyIllChild(child);
        management.executeJob(awaitTimer(job, LosingAndFindingAJob.Element.REPORT_PERIOD_ENDED).getId());   // fourteen days on
        awaitTask(job, LosingAndFindingAJob.Element.SEND_EMPLOYMENT_REPORT);
        careBenefitDecidedByHospitalAndNav(illChild);
        awaitTask(illChild, SeriouslyIllChild.Element.OFFER_MUNICIPAL_SERVICES);

        var ours = List.of(birth, stillbirth, death, business, voluntary, job, illChild);
        var letters = awaitDocuments(mother, ours, "child-benefit-granted", SeriouslyIllChild.Notice.CARE_BENEFIT_GRANTED_LETTER);

        browser.get(base() + PortalSecurity.HOME);
        var pages = new LinkedHashSet<String>();
        pages.add(PortalSecurity.HOME);
        // Other tests give the same example mother cases of their own; these seven are this test's.
        var cases = ours.stream().map(instance -> PortalSecurity.HOME + "/saker/" + instance.getBusinessKey()).toList();
        assertThat(links("main a[href*='/min-side/saker/']")).as("the mother's cases: her child's, her stillborn child's, her husband's estate, her business, "
                + "her organisation, her lost job and her ill child").containsAll(cases);
        pages.addAll(cases);
        var startForms = links("main a[href*='/min-side/ny-sak/']");
        for (var casePage : cases) {
            browser.get(base() + casePage);
            pages.addAll(links("main a[href*='/oppgaver/']"));
        }
        pages.addAll(startForms);
        // The inbox, and the letters and decisions of this test's cases (other tests send the same mother theirs).
        pages.add(InboxPages.INBOX);
        browser.get(base() + InboxPages.INBOX);
        var letterPages = letters.stream().map(letter -> InboxPages.INBOX + "/" + letter.id()).toList();
        assertThat(links("main a[href*='/min-side/dokumenter/']")).as("the inbox lists the letters and decisions of her cases")
                .containsAll(letterPages);
        pages.addAll(letterPages);
        pages.add(PortalSecurity.HOME + "/saker/LE-2026-999999");
        pages.add("/finnes-ikke");
        pages.add(PortalSecurity.LOGIN_FAILED + "?reason=level");
        pages.add(PortalSecurity.LOGGED_OUT);
        assertThat(pages).as("tasks and start forms were found").anyMatch(page -> page.contains("/oppgaver/"))
                .anyMatch(page -> page.contains("/ny-sak/"));
        for (var waiting : List.of(voluntary, job, illChild)) {
            assertThat(pages).as("the task waiting for the mother in %s", waiting.getProcessDefinitionId())
                    .anyMatch(page -> page.startsWith(PortalSecurity.HOME + "/saker/" + waiting.getBusinessKey() + "/oppgaver/"));
        }
        crawl(pages, foreign, modelNames);

        browser.manage().deleteAllCookies();
        logIn(refugee, "idporten-loa-substantial");
        var refugeeCase = PortalSecurity.HOME + "/saker/" + newInNorway.getBusinessKey();
        assertThat(links("main a[href*='/min-side/saker/']")).as("the refugee's case").contains(refugeeCase);
        var refugeePages = new LinkedHashSet<String>(List.of(refugeeCase));
        for (var casePage : List.copyOf(refugeePages)) {
            browser.get(base() + casePage);
            refugeePages.addAll(links("main a[href*='/oppgaver/']"));
        }
        crawl(refugeePages, foreign, modelNames);

        assertThat(findings).as("%d findings on the portal's pages:%n%s", findings.size(), findings.entrySet().stream()
                .map(finding -> finding.getKey() + "\n    on " + finding.getValue().size() + " page(s), e.g. " + finding.getValue().get(0))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private void crawl(Set<String> pages, Map<String, Set<String>> foreign, Map<String, Set<String>> modelNames) throws IOException {
        for (var page : pages) {
            for (var language : LANGUAGES) {
                browser.get(base() + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                for (var width : WIDTHS) {
                    viewport(width);
                    check(page, language, width, foreign.get(language), modelNames.get(language));
                }
            }
        }
        browser.get(base() + PortalSecurity.HOME + "?lang=nb");   // the citizen's stored choice back to bokmål for other tests
    }

    private void check(String page, String language, int width, Set<String> foreign, Set<String> modelNames) throws IOException {
        var where = page + " [" + language + ", " + width + " px]";
        java.util.function.Consumer<String> found = finding -> findings.computeIfAbsent(finding, any -> new ArrayList<>()).add(where);
        var html = browser.findElement(By.tagName("html"));
        if (!language.equals(html.getAttribute("lang"))) {
            found.accept("<html lang> is " + html.getAttribute("lang") + " on a page asked for in " + language);
        }
        var widths = (List<?>) browser.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        if (((Number) widths.get(0)).longValue() > ((Number) widths.get(1)).longValue()) {
            found.accept("scrolls sideways at " + width + " px: " + widths.get(0) + " px wide");
        }
        var body = browser.findElement(By.tagName("body")).getText();
        Matcher rawKey = Pattern.compile("\\?\\?[^?\\s]+\\?\\?").matcher(body);
        while (rawKey.find()) {
            found.accept("raw message key " + rawKey.group());
        }
        Matcher agencyId = AGENCY_ID.matcher(body);
        while (agencyId.find()) {
            found.accept("an agency's id instead of its name: " + agencyId.group());
        }
        @SuppressWarnings("unchecked")
        var texts = (List<String>) browser.executeScript(TEXTS_IN_PAGE_LANGUAGE);
        for (var text : texts) {
            var bare = text.replaceAll("^[(]|[):.]+$", "").trim();
            if (foreign.contains(bare)) {
                found.accept("[" + language + "] text of another language, not marked: \"" + bare + "\"");
            } else if (modelNames.contains(bare)) {
                found.accept("[" + language + "] a name from the models instead of the citizen's text: \"" + bare + "\"");
            }
        }
        var violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
        violations.forEach(rule -> found.accept("axe " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "))));
        screenshot(page, language, width);
    }

    /** Sets the layout viewport exactly, below the smallest window Chromium opens. */
    private void viewport(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void screenshot(String page, String language, int width) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var name = page.replaceAll("^/", "").replaceAll("[^A-Za-z0-9-]+", "_");
        Files.write(SCREENSHOTS.resolve(name + "-" + language + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void logIn(String person, String level) {
        browser.get(base() + PortalSecurity.HOME);
        browser.findElement(By.id("otherPid")).sendKeys(person);
        browser.findElement(By.cssSelector("input[name=level][value=" + level + "]")).click();
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form.testid button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !isAttached(page)
                && driver.getCurrentUrl().startsWith(base() + PortalSecurity.HOME));
    }

    private static boolean isAttached(WebElement element) {
        try {
            element.isEnabled();
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    /** The paths of the links the selector finds on the current page. */
    private List<String> links(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(link -> link.getAttribute("href").substring(base().length()))
                .distinct().toList();
    }

    /** Starts losing and finding a job on its start form, as the mother; her last working day was three days ago. */
    @SuppressWarnings("unchecked")
    private ProcessInstance startLosingAJob(String citizen) {
        // Full pay, so the rules grant the benefit and the case goes on to its report periods: one simulated person in
        // ten works part time for too little, and the example is the first mother who matches, whom earlier tests may
        // have made someone else.
        http.put("/sim/aa-registeret/personer/" + citizen + "/lonn", Map.of("monthlyPay", 40_000));
        var employments = (List<Map<String, Object>>) http.getForObject("/sim/aa-registeret/personer/" + citizen, Map.class).get("employments");
        var employer = (String) ((Map<String, Object>) employments.get(0).get("arbeidsgiver")).get("organisasjonsnummer");
        browser.get(base() + PortalSecurity.HOME + "/ny-sak/" + LosingAndFindingAJob.PROCESS_ID);
        browser.findElement(By.name("lastWorkingDay")).sendKeys(LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(3).toString());
        choose("reason", "dismissed");
        browser.findElement(By.name("employerOrganisationNumber")).sendKeys(employer);
        return submitStartForm(LosingAndFindingAJob.PROCESS_ID);
    }

    /** Starts seriously ill child on its start form for her newborn, in hospital at Oslo University Hospital. */
    private ProcessInstance startSeriouslyIllChild(String child) {
        browser.get(base() + PortalSecurity.HOME + "/ny-sak/" + SeriouslyIllChild.PROCESS_ID);
        browser.findElement(By.name("child")).sendKeys(child);
        new Select(browser.findElement(By.name("treatingHospital"))).selectByValue("ous");
        choose("hospitalised", "true");
        choose("employment", "self-employed");
        browser.findElement(By.name("annualIncome")).sendKeys("480000");
        return submitStartForm(SeriouslyIllChild.PROCESS_ID);
    }

    /** Ticks the option by its label, as a person does. */
    private void choose(String field, String value) {
        var option = browser.findElement(By.cssSelector("main input[name='" + field + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("main label[for='" + option.getAttribute("id") + "']")).click();
    }

    /** Sends the start form and returns the life event's case it opened, whose page the portal shows next. */
    private ProcessInstance submitStartForm(String lifeEvent) {
        var form = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !isAttached(form));
        var opened = Pattern.compile("/saker/(LE-[0-9-]+)").matcher(browser.getCurrentUrl());
        assertThat(opened.find()).as("the start form opened a case, but the portal shows %s: %s", browser.getCurrentUrl(),
                browser.findElement(By.tagName("main")).getText()).isTrue();
        // The case's agency notices run as processes of their own under the same business key.
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(opened.group(1)).processDefinitionKey(lifeEvent)
                .singleResult();
    }

    /**
     * The hospital writes the doctor's statement and Nav grants care benefit, each through the agency worklist as its
     * caseworker, so that the municipal offer waits for the mother and the decision is in her inbox.
     */
    private void careBenefitDecidedByHospitalAndNav(ProcessInstance illChild) {
        var staff = StaffUsers.of(CitizenPortalCrawlIT.class);
        completeAs(staff.id("ous"), "helseforetak-ous", awaitTask(illChild, SeriouslyIllChild.Element.WRITE_DOCTOR_STATEMENT),
                Map.of("statementByHospitalDoctor", true, "needsContinuousCare", true, "childHospitalised", true,
                        "careNeededFrom", LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(7).toString()));
        completeAs(staff.id("nav"), "nav", awaitTask(illChild, SeriouslyIllChild.Element.ASSESS_CARE_BENEFIT),
                Map.of("decisionOutcome", "granted", "careBenefitGrading", 100,
                        "decisionReasons", "The mother cares for the child in hospital."));
    }

    private void completeAs(String caseworker, String agency, String taskId, Map<String, Object> values) {
        StaffUsers.user(identity, caseworker, agency);
        var response = http.withBasicAuth(caseworker, StaffUsers.passwordOf(caseworker))
                .postForEntity("/api/agency/{agency}/tasks/{id}/complete", values, String.class, agency, taskId);
        assertThat(response.getStatusCode()).as("%s completing task %s: %s", caseworker, taskId, response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The citizen's letters and decisions on these cases, once those named have been sent. */
    private List<CitizenDocument> awaitDocuments(String citizen, List<ProcessInstance> instances, String... named) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> instances.stream()
                .flatMap(instance -> documents.onCase(instance.getBusinessKey()).stream())
                .filter(document -> document.recipient().equals(citizen)).toList(),
                sent -> sent.stream().map(CitizenDocument::name).collect(Collectors.toSet()).containsAll(List.of(named)));
    }

    /** The having-a-child cases about this person: a stillbirth's case is about the mother. */
    private List<ProcessInstance> casesAbout(String person) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("having-a-child").variableValueEquals("subject", person).list();
    }

    private org.camunda.bpm.engine.runtime.Job awaitTimer(ProcessInstance instance, String activityId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> management.createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult(), timer -> timer != null);
    }

    private String awaitTask(ProcessInstance instance, String taskKey) {
        return await().atMost(Duration.ofSeconds(120)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult(), task -> task != null).getId();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The texts of all message bundles by language, leaving out texts with placeholders, which never stand alone. */
    private static Map<String, Set<String>> bundleTexts() throws IOException {
        var values = new HashMap<String, Set<String>>();
        LANGUAGES.forEach(language -> values.put(language, new HashSet<>()));
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (var file : files.filter(file -> file.getFileName().toString().matches("messages.*\\.properties")).toList()) {
                var name = file.getFileName().toString();
                var language = name.endsWith("_nn.properties") ? "nn" : name.endsWith("_en.properties") ? "en" : "nb";
                var properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().stream().map(properties::getProperty)
                        .filter(value -> !value.contains("{")).forEach(values.get(language)::add);
            }
        }
        return values;
    }

    /**
     * The texts kept beside the shipped models and letters by language (docs/adr/0050), leaving out texts with
     * placeholders: {@code <model>_nn.properties}, {@code letters.nn.properties} and so on.
     */
    private static Map<String, Set<String>> modelTexts() throws IOException {
        var values = new HashMap<String, Set<String>>();
        LANGUAGES.forEach(language -> values.put(language, new HashSet<>()));
        var textsFile = Pattern.compile(".+[_.](nb|nn|en)\\.properties");
        try (Stream<Path> files = Files.walk(MODELS)) {
            for (var file : files.toList()) {
                var name = textsFile.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                var properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().stream().map(properties::getProperty)
                        .filter(value -> !value.contains("{")).forEach(values.get(name.group(1))::add);
            }
        }
        return values;
    }

    /** The names of the shipped models' BPMN elements and the labels of their forms' fields. */
    private static Set<String> modelNames() throws IOException {
        var names = new HashSet<String>();
        var json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(MODELS)) {
            for (var file : files.toList()) {
                var name = file.getFileName().toString();
                if (name.endsWith(".bpmn")) {
                    names.addAll(bpmnNames(file));
                } else if (name.endsWith(".form")) {
                    json.readTree(file.toFile()).findValues("label").stream().map(JsonNode::asText).forEach(names::add);
                }
            }
        }
        names.removeIf(String::isBlank);
        return names;
    }

    private static Set<String> bpmnNames(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(file.toFile());
            var elements = document.getElementsByTagNameNS(BPMN, "*");
            var names = new HashSet<String>();
            for (int i = 0; i < elements.getLength(); i++) {
                var element = (Element) elements.item(i);
                if (element.hasAttribute("name")) {
                    names.add(element.getAttribute("name").replaceAll("\\s+", " ").trim());
                }
            }
            return names;
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("Cannot read " + file, e));
        }
    }
}
