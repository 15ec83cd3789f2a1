package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mother reads her child's birth case, and a stillbirth case, in bokmål, nynorsk and English over real HTTP after the
 * test ID-porten login: the plan and the timeline come from the models' texts in her language (docs/adr/0050), one line
 * per thing that happened under a heading per day (docs/adr/0051), and no page shows a name the models give their
 * elements.
 */
@LifecaseIT
class CitizenReadsTheirCaseIT {

    private static final Pattern DAY = Pattern.compile("<h3 class=\"timeline__day\">(.*?)</h3>\\s*<ol class=\"timeline\">(.*?)</ol>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("<li class=\"timeline__entry\">.*?<span>(.*?)</span>", Pattern.DOTALL);

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

    private Simulation simulation;

    /** What a reader of each language reads on the birth case, and what they must not read. */
    private record Expected(String lang, List<String> timeline, String task, String homeVisit, String other) {
    }

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    @Test
    void a_mother_reads_the_birth_case_in_bokmal_nynorsk_and_english_with_no_name_from_the_models() throws IOException {
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        var reference = instance.getBusinessKey();
        await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseParentalBenefit").count() == 1);
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");
        var browser = logIn(mother);

        var readers = List.of(
                new Expected("nb", List.of("Vi har opprettet saken", "Folkeregisteret har registrert fødselen",
                        "Nav har innvilget barnetrygd for barnet",
                        "Saken venter på svar fra deg: Velg foreldrepenger eller engangsstønad. Fristene til etatene står stille så lenge."),
                        "Velg foreldrepenger eller engangsstønad", "kommer på hjemmebesøk", "Vi har oppretta saka"),
                new Expected("nn", List.of("Vi har oppretta saka", "Folkeregisteret har registrert fødselen",
                        "Nav har innvilga barnetrygd for barnet",
                        "Saka ventar på svar frå deg: Vel foreldrepengar eller eingongsstønad. Fristane til etatane står stille så lenge."),
                        "Vel foreldrepengar eller eingongsstønad", "kjem på heimebesøk", "Vi har opprettet saken"),
                new Expected("en", List.of("We have opened your case", "The National Population Register has registered the birth",
                        "Nav has granted child benefit for the child"),
                        "Choose parental benefit or the lump-sum grant", "visits you at home", "Vi har"));
        var modelNames = modelElementNames();
        for (var reader : readers) {
            var page = browser.get("/min-side/saker/" + reference + "?lang=" + reader.lang());
            assertThat(page.status()).isEqualTo(200);
            var body = page.body();
            assertThat(body).as("the page in %s", reader.lang()).contains("lang=\"" + reader.lang() + "\"", reader.task(), reader.homeVisit())
                    .doesNotContain(reader.other(), "??", "Case opened", "{agency}", "kommune-", "helseforetak-");
            assertThat(modelNames).as("names the models give their elements, on the page in %s", reader.lang())
                    .noneMatch(body::contains);

            var days = days(body);
            assertThat(days).as("a heading per day").isNotEmpty()
                    .extracting(Day::heading).doesNotHaveDuplicates();
            var lines = days.stream().flatMap(day -> day.lines().stream()).toList();
            assertThat(lines).as("one line per thing that happened, in %s", reader.lang())
                    .containsAll(reader.timeline()).doesNotHaveDuplicates();
            days.forEach(day -> assertThat(day.lines()).as("the lines of %s", day.heading()).doesNotHaveDuplicates());
        }

        var nynorskApi = browser.getOnce("/api/citizen/cases/" + reference + "?lang=nn", "application/json");
        assertThat(nynorskApi.body()).contains("Vi har oppretta saka", "Vel foreldrepengar eller eingongsstønad")
                .doesNotContain("Choose parental benefit or lump-sum grant");
    }

    @Test
    void a_stillbirth_reads_as_a_stillbirth_with_its_own_title_and_purpose() {
        // A woman new to the population: a mother has one open case of a life event at most (docs/adr/0037), and other
        // tests give the example mothers stillbirths of their own.
        var mother = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration", Map.of("fromCountry", "SYR",
                "municipality", "4601", "sex", "kvinne", "residencePermit", "midlertidig", "residenceBasis", "refugee"))).get("person");
        simulation.post("/sim/folkeregisteret/stillbirth", Map.of("mother", mother));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", mother);
        var reference = instance.getBusinessKey();
        await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ContactFamilyAfterStillbirth").count() == 1);
        var browser = logIn(mother);

        var myCases = browser.get("/min-side");
        assertThat(myCases.body()).contains(reference, "Dødfødsel");

        var bokmal = browser.get("/min-side/saker/" + reference + "?lang=nb").body();
        assertThat(bokmal).contains("<h1>Dødfødsel", "Nav har fått beskjed om dødfødselen", "Nav tar kontakt med dere",
                        "beskjed om dødfødselen, så de kan støtte familien")
                .doesNotContain("Få barn", "barnetrygd", "child benefit", "for the new child");
        var english = browser.get("/min-side/saker/" + reference + "?lang=en").body();
        assertThat(english).contains("<h1>Stillbirth", "Nav has been told about the stillbirth", "Nav gets in touch with you",
                        "about the stillbirth, so that they can support the family")
                .doesNotContain("Having a child", "child benefit", "for the new child");
        var nynorsk = browser.get("/min-side/saker/" + reference + "?lang=nn").body();
        assertThat(nynorsk).contains("Nav har fått melding om dødfødselen", "Nav tek kontakt med dykk",
                "så dei kan støtte familien").doesNotContain("barnetrygd");
    }

    private CookieBrowser logIn(String pid) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
        return browser;
    }

    private record Day(String heading, List<String> lines) {
    }

    private static List<Day> days(String body) {
        var days = new ArrayList<Day>();
        var day = DAY.matcher(body);
        while (day.find()) {
            var lines = new ArrayList<String>();
            var line = LINE.matcher(day.group(2));
            while (line.find()) {
                lines.add(line.group(1).strip());
            }
            days.add(new Day(day.group(1).replaceAll("<[^>]+>", "").strip(), lines));
        }
        return days;
    }

    /** Every name the shipped models give a step or event: what a citizen must never read. */
    private static List<String> modelElementNames() throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/no/lifecase"))) {
            for (var model : files.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(FlowNode.class).stream()
                        .map(FlowNode::getName)
                        .filter(name -> name != null && !name.isBlank())
                        .flatMap(name -> Stream.of(name, name.replace("'", "&#39;")))   // as it would read, and as HTML escapes it
                        .forEach(names::add);
            }
        }
        assertThat(names).hasSizeGreaterThan(100);
        return List.copyOf(names);
    }
}
