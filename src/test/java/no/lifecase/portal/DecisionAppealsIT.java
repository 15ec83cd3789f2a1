package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.appeal.AppealStage;
import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.DocumentKind;
import no.lifecase.language.Language;
import no.lifecase.language.LanguagePreferences;
import no.lifecase.testsupport.ApiContract;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Appeals and review requests as the citizen and the caseworkers meet them (docs/adr/0056), after a real birth in
 * Folkeregisteret, through the real ID-porten login and over HTTP: the automated child-benefit decision in the mother's
 * inbox, a review request that becomes a Nav task and whose answer she reads, an appeal that Nav upholds and Nav
 * klageinstans then has and whose final decision she reads in her inbox, an appeal Nav grants whose new decision reaches
 * her inbox in the language she chose, readable refusals that store nothing, and 404 for anyone who may not read the
 * decision.
 */
@LifecaseIT
class DecisionAppealsIT {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StaffUsers STAFF = StaffUsers.of(DecisionAppealsIT.class);

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
    private IdentityService identity;

    @Autowired
    private CitizenDocuments documents;

    @Autowired
    private Appeals appeals;

    @Autowired
    private LanguagePreferences languages;

    @Autowired
    private CitizenLetters letters;

    @Autowired
    @Qualifier("sendAppealDecision")
    private JavaDelegate sendAppealDecision;

    private Simulation simulation;
    private String mother;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        mother = simulation.example("marriedMotherUnder40");
        STAFF.ensure(identity);
        StaffUsers.user(identity, appealsCaseworker(), "nav-klageinstans");
        languages.choose(mother, Language.NB);   // the letters below are read in the language she has chosen when they are sent
    }

    @AfterEach
    void motherWritesBokmalAgain() {
        languages.choose(mother, Language.NB);   // other tests read her letters in the default language
    }

    @Test
    void a_review_request_of_the_automated_child_benefit_becomes_a_nav_task_and_the_mother_reads_its_answer() throws Exception {
        var decision = decisionAfterABirth();
        var browser = loggedIn(mother);

        var page = browser.get("/min-side/dokumenter/" + decision.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page.body())).contains("Klag på vedtaket", "Klagefristen er " + longDate(LocalDate.now(NORWAY).plusWeeks(6)),
                "Får du ikke medhold, sender Arbeids- og velferdsetaten (Nav) klagen til Nav klageinstans",
                "Be om at en saksbehandler ser på vedtaket", "ble fattet automatisk");

        var answer = api(browser, "/api/citizen/documents/" + decision.id() + "/review-request",
                "{\"text\":\"Jeg vil at en saksbehandler sjekker at barnet bor hos meg.\"}", page.csrfToken());
        assertThat(answer.statusCode()).isEqualTo(201);
        var receipt = JSON.readTree(answer.body());
        assertThat(receipt.get("kind").asText()).isEqualTo("REVIEW");
        assertThat(receipt.get("stage").asText()).isEqualTo("WITH_AGENCY");
        assertThat(receipt.get("heldBy").asText()).isEqualTo("Arbeids- og velferdsetaten (Nav)");
        assertThat(receipt.get("caseReference").asText()).isEqualTo(decision.caseRef());

        var task = openTask(decision.caseRef(), "Task_ReviewDecision");
        var seenByNav = worklistTask(STAFF.nav(), "nav", task.getId());
        assertThat(seenByNav.get("name").asText()).isEqualTo("Se på det automatiske vedtaket");
        assertThat(seenByNav.get("caseRef").asText()).isEqualTo(decision.caseRef());
        assertThat(fieldKeys(seenByNav)).contains("decisionTitle", "decisionSentOn", "reviewText", "reviewOutcome", "reviewAnswer");
        assertThat(tasks.getVariables(task.getId())).containsEntry("reviewText", "Jeg vil at en saksbehandler sjekker at barnet bor hos meg.")
                .containsEntry("decisionTitle", "Vedtak om barnetrygd");
        assertThat(as(STAFF.oslo()).getForEntity("/api/agency/kommune-0301/tasks/{id}", String.class, task.getId()).getStatusCode())
                .as("a task for Nav only").isEqualTo(HttpStatus.NOT_FOUND);

        complete(STAFF.nav(), "nav", task.getId(), Map.of("reviewOutcome", "confirmed",
                "reviewAnswer", "Barnet er registrert bosatt hos deg i Folkeregisteret, så vedtaket er riktig."));

        var afterwards = text(browser.get("/min-side/dokumenter/" + decision.id()).body());
        assertThat(afterwards).contains("Forespørsel om ny vurdering sendt", "Avgjort av Arbeids- og velferdsetaten (Nav).",
                "Vedtaket blir stående.", "Begrunnelse: Barnet er registrert bosatt hos deg i Folkeregisteret");
        assertThat(text(browser.get("/min-side/saker/" + decision.caseRef()).body())).as("the case's timeline")
                .contains("Du har bedt om at en saksbehandler ser på vedtaket. Nav har fått beskjed.",
                        "En saksbehandler i Nav har sett på vedtaket og svart deg");
    }

    @Test
    void an_appeal_in_time_is_a_nav_task_and_once_upheld_a_task_for_nav_klageinstans_that_nav_no_longer_sees() throws Exception {
        var decision = decisionAfterABirth();
        var browser = loggedIn(mother);
        var page = browser.get("/min-side/dokumenter/" + decision.id());

        var sent = browser.post("/min-side/dokumenter/" + decision.id() + "/klage",
                form("_csrf", page.csrfToken(), "text", "Jeg mener barnetrygden skal være utvidet, fordi jeg bor alene med barnet."));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.uri().getPath()).isEqualTo("/min-side/dokumenter/" + decision.id());
        assertThat(text(sent.body())).contains("Klagen din er sendt til Arbeids- og velferdsetaten (Nav).", "Klage sendt",
                "Arbeids- og velferdsetaten (Nav) ser på den.").doesNotContain("Klagen kom etter klagefristen");

        var again = api(browser, "/api/citizen/documents/" + decision.id() + "/appeal", "{\"text\":\"Jeg klager en gang til.\"}",
                page.csrfToken());
        assertThat(again.statusCode()).as("a second appeal while the first is open").isEqualTo(409);
        assertThat(again.body()).contains("\"reason\":\"ALREADY_OPEN\"");

        var consider = openTask(decision.caseRef(), "Task_ConsiderAppeal");
        assertThat(consider.getDueDate()).isNotNull();
        var seenByNav = worklistTask(STAFF.nav(), "nav", consider.getId());
        assertThat(seenByNav.get("name").asText()).isEqualTo("Vurder klagen");
        assertThat(fieldKeys(seenByNav)).contains("decisionTitle", "appealDeadline", "late", "appealText", "appealOutcome", "appealReasons");
        assertThat(tasks.getVariables(consider.getId()))
                .containsEntry("appealText", "Jeg mener barnetrygden skal være utvidet, fordi jeg bor alene med barnet.")
                .containsEntry("appealDeadline", longDate(LocalDate.now(NORWAY).plusWeeks(6)))
                .containsEntry("late", false).containsEntry("appealBody", "nav-klageinstans");
        assertThat(as(appealsCaseworker()).getForEntity("/api/agency/nav-klageinstans/tasks/{id}", String.class, consider.getId())
                .getStatusCode()).as("not the appeal body's until Nav has upheld the decision").isEqualTo(HttpStatus.NOT_FOUND);

        complete(STAFF.nav(), "nav", consider.getId(), Map.of("appealOutcome", "upheld",
                "appealReasons", "Du er gift og bor sammen med barnets far, så du har ikke rett til utvidet barnetrygd."));

        var decide = openTask(decision.caseRef(), "Task_DecideAppeal");
        var seenByAppealBody = worklistTask(appealsCaseworker(), "nav-klageinstans", decide.getId());
        assertThat(seenByAppealBody.get("name").asText()).isEqualTo("Avgjør klagen");
        assertThat(fieldKeys(seenByAppealBody)).contains("appealText", "appealReasons", "appealBodyOutcome", "appealBodyReasons");
        assertThat((String) tasks.getVariable(decide.getId(), "appealReasons")).startsWith("Du er gift og bor sammen med barnets far");
        assertThat(as(STAFF.nav()).getForEntity("/api/agency/nav/tasks/{id}", String.class, decide.getId()).getStatusCode())
                .as("Nav no longer has it").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(appeals.against(decision)).singleElement().satisfies(appeal -> {
            assertThat(appeal.stage()).isEqualTo(AppealStage.WITH_APPEAL_BODY);
            assertThat(appeal.heldBy()).isEqualTo("nav-klageinstans");
            assertThat(appeal.late()).isFalse();
        });

        var documentPage = text(browser.get("/min-side/dokumenter/" + decision.id()).body());
        assertThat(documentPage).contains(
                "Arbeids- og velferdsetaten (Nav) opprettholdt vedtaket og sendte klagen til Nav klageinstans, som avgjør den.");
        assertThat(text(browser.get("/min-side/saker/" + decision.caseRef()).body())).as("the case's timeline says where it is")
                .contains("Vi har fått klagen din på vedtaket. Nav ser på saken på nytt.", "Nav har sett på klagen din",
                        "Nav har holdt fast på vedtaket og sendt klagen din til klageinstansen, som avgjør den");

        complete(appealsCaseworker(), "nav-klageinstans", decide.getId(), Map.of("appealBodyOutcome", "upheld",
                "appealBodyReasons", "Nav klageinstans er enig med Nav."));
        assertThat(text(browser.get("/min-side/dokumenter/" + decision.id()).body()))
                .contains("Avgjort av Nav klageinstans.", "Vedtaket er stadfestet.", "Begrunnelse: Nav klageinstans er enig med Nav.");

        // The appeal body's decision reaches her inbox in writing, from Nav klageinstans, and says it is final.
        var final_ = awaitDecision(decision.caseRef(), "appeal-body-upheld");
        assertThat(final_.senderAgency()).isEqualTo("nav-klageinstans");
        assertThat(final_.language()).isEqualTo(Language.NB);
        var sentOn = longDate(LocalDate.ofInstant(decision.sentAt(), NORWAY));
        var received = longDate(LocalDate.ofInstant(appeals.against(decision).get(0).receivedAt(), NORWAY));
        assertThat(text(browser.get("/min-side/dokumenter").body())).contains("/min-side/dokumenter/" + final_.id(),
                "Klagevedtak: vedtaket er stadfestet", "Nav klageinstans");
        var finalPage = browser.get("/min-side/dokumenter/" + final_.id());
        assertThat(text(finalPage.body())).contains(
                "<h1 id=\"dokument-tittel\">Klagevedtak: vedtaket er stadfestet</h1>",
                "Du klaget " + received + " på vedtaket «Vedtak om barnetrygd» fra " + sentOn + ".",
                "Arbeids- og velferdsetaten (Nav) holdt fast på vedtaket og sendte klagen til Nav klageinstans.",
                "Nav klageinstans har avgjort klagen: vedtaket er stadfestet og blir stående.",
                "Nav klageinstans er enig med Nav.", "Forvaltningsloven § 34", "Du kan ikke klage på dette vedtaket",
                "Vedtaket er endelig: du kan ikke klage på det (forvaltningsloven § 28 tredje ledd).",
                "Du kan likevel få vedtaket prøvd av domstolene.", "kan du anke det til Trygderetten innen seks uker", "Klagen din",
                "Fra Nav klageinstans")
                .doesNotContain("Du kan klage</h2>", "klagefristen er", "Klag på vedtaket", "Send klagen");
        var appealOfTheFinal = api(browser, "/api/citizen/documents/" + final_.id() + "/appeal", "{\"text\":\"Jeg er fortsatt uenig.\"}",
                finalPage.csrfToken());
        assertThat(appealOfTheFinal.statusCode()).as("the appeal body's decision cannot be appealed").isEqualTo(409);
        assertThat(appealOfTheFinal.body()).contains("\"reason\":\"FINAL_DECISION\"");
        assertThat(appeals.against(final_)).isEmpty();
        assertThat(pdfWords(browser, final_.id())).contains("Klagevedtak: vedtaket er stadfestet", "Nav klageinstans er enig med Nav.",
                "Vedtaket er endelig", "forvaltningsloven § 28 tredje ledd");
        assertThat(text(browser.get("/min-side/saker/" + decision.caseRef()).body()))
                .contains("Nav klageinstans har avgjort klagen din", "Klageinstansen har sendt deg vedtaket sitt. Du finner det i innboksen din",
                        "Klagen din er ferdig behandlet");
    }

    @Test
    void an_appeal_nav_grants_brings_the_mother_the_new_decision_in_nynorsk_with_its_reasons_and_her_right_to_appeal_it() throws Exception {
        var decision = decisionAfterABirth();
        var browser = loggedIn(mother);
        var page = browser.get("/min-side/dokumenter/" + decision.id());
        assertThat(browser.post("/min-side/dokumenter/" + decision.id() + "/klage",
                form("_csrf", page.csrfToken(), "text", "Eg bur aleine med barnet og meiner eg har rett på utvida barnetrygd.")).status())
                .isEqualTo(200);
        var consider = openTask(decision.caseRef(), "Task_ConsiderAppeal");
        languages.choose(mother, Language.NN);

        complete(STAFF.nav(), "nav", consider.getId(), Map.of("appealOutcome", "changed",
                "appealReasons", "Du bur aleine med barnet, så du har rett på utvida barnetrygd frå månaden etter fødselen."));

        var changed = awaitDecision(decision.caseRef(), "appeal-decision-changed");
        assertThat(changed.senderAgency()).isEqualTo("nav");
        assertThat(changed.language()).as("written in the language she had chosen when it was sent").isEqualTo(Language.NN);
        // The engine retries a step that failed by running it again for the same instance and step: nothing new is sent.
        var granted = appeals.against(decision).get(0);
        sendAppealDecision.execute(theSameStep(granted.id(), granted.processInstanceId().orElseThrow(), "Task_SendChangedDecision"));
        assertThat(documents.onCase(decision.caseRef()).stream().filter(document -> document.name().equals("appeal-decision-changed")))
                .as("written once").hasSize(1);
        assertThat(letters.sentFor(decision.caseRef()).stream().filter(letter -> letter.letter().equals("appeal-decision-changed")))
                .as("posted once").hasSize(1);
        var sentOn = longDate(LocalDate.ofInstant(decision.sentAt(), NORWAY), "nn");
        var received = longDate(LocalDate.ofInstant(appeals.against(decision).get(0).receivedAt(), NORWAY), "nn");
        assertThat(text(browser.get("/min-side/dokumenter/" + changed.id() + "?lang=nn").body())).contains(
                "<article lang=\"nn\"", "<h1 id=\"dokument-tittel\">Nytt vedtak etter klaga di</h1>",
                "Du klaga " + received + " på vedtaket «Vedtak om barnetrygd» frå " + sentOn + ".",
                "Arbeids- og velferdsetaten (Nav) har sett på saka di på nytt og har endra vedtaket.",
                "Du bur aleine med barnet, så du har rett på utvida barnetrygd frå månaden etter fødselen.",
                "Forvaltningslova § 33 andre ledd", "Klaga di",
                "Du kan klage", "Fristen er seks veker (folketrygdlova § 21-12)",
                "er klagefristen " + longDate(LocalDate.ofInstant(changed.sentAt(), NORWAY).plusWeeks(6), "nn"),
                "Frå Arbeids- og velferdsetaten (Nav)")
                .doesNotContain("Du kan ikkje klage på dette vedtaket");
        assertThat(pdfWords(browser, changed.id())).contains("Nytt vedtak etter klaga di",
                "Du bur aleine med barnet, så du har rett på utvida barnetrygd", "Fristen er seks veker");
        assertThat(appeals.against(decision)).singleElement().satisfies(appeal -> {
            assertThat(appeal.stage()).isEqualTo(AppealStage.DECIDED);
            assertThat(appeal.heldBy()).isEqualTo("nav");
        });
        assertThat(text(browser.get("/min-side/saker/" + decision.caseRef() + "?lang=nb").body()))
                .contains("Nav har sendt deg det nye vedtaket. Du finner det i innboksen din", "Nav har endret vedtaket etter klagen din");
    }

    @Test
    void an_empty_or_too_long_appeal_is_refused_readably_and_nothing_is_stored() throws Exception {
        var decision = decisionAfterABirth();
        var browser = loggedIn(mother);
        var page = browser.get("/min-side/dokumenter/" + decision.id());

        var empty = browser.post("/min-side/dokumenter/" + decision.id() + "/klage", form("_csrf", page.csrfToken(), "text", "   "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(text(empty.body())).contains("Det du sendte, har et problem", "href=\"#klage-tekst\"", "Skriv hva du er uenig i.",
                "aria-invalid=\"true\"");
        var tooLong = browser.post("/min-side/dokumenter/" + decision.id() + "/klage?lang=nn",
                form("_csrf", page.csrfToken(), "text", "x".repeat(Appeals.MAX_TEXT + 1)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(text(tooLong.body())).contains("Teksten er for lang. Skriv høgst 4 000 teikn.");

        var apiEmpty = api(browser, "/api/citizen/documents/" + decision.id() + "/appeal", "{\"text\":\"\"}", page.csrfToken());
        assertThat(apiEmpty.statusCode()).isEqualTo(400);
        assertThat(apiEmpty.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(apiEmpty.body()).contains("\"field\":\"text\"", "\"reason\":\"EMPTY_TEXT\"");
        // The two requests below break the description themselves, so only the answers are checked here.
        var apiTooLong = browser.postJson("/api/citizen/documents/" + decision.id() + "/appeal",
                "{\"text\":\"" + "x".repeat(Appeals.MAX_TEXT + 1) + "\"}", page.csrfToken());
        assertThat(apiTooLong.statusCode()).isEqualTo(400);
        assertThat(apiTooLong.body()).contains("\"reason\":\"TEXT_TOO_LONG\"");
        var notJson = browser.postJson("/api/citizen/documents/" + decision.id() + "/appeal", "{\"text\":", page.csrfToken());
        assertThat(notJson.statusCode()).isEqualTo(400);
        var noCsrf = browser.postJson("/api/citizen/documents/" + decision.id() + "/appeal", "{\"text\":\"Uenig\"}", null);
        assertThat(noCsrf.statusCode()).isEqualTo(403);

        assertThat(appeals.against(decision)).as("nothing stored").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(decision.caseRef()).processDefinitionKey("appeal")
                .count()).as("no appeal started").isZero();
    }

    @Test
    void another_citizen_gets_404_for_the_appeal_and_the_review_request_and_nothing_is_stored() throws Exception {
        var decision = decisionAfterABirth();
        var browser = loggedIn(simulation.example("singleAdult"));
        var someInbox = browser.get("/min-side/dokumenter");

        var appeal = browser.post("/min-side/dokumenter/" + decision.id() + "/klage",
                form("_csrf", someInbox.csrfToken(), "text", "Jeg klager på noe som ikke er mitt."));
        assertThat(appeal.status()).isEqualTo(404);
        assertThat(appeal.body()).doesNotContain("barnetrygd", mother);
        var review = api(browser, "/api/citizen/documents/" + decision.id() + "/review-request", "{\"text\":\"Se på det\"}",
                someInbox.csrfToken());
        assertThat(review.statusCode()).isEqualTo(404);
        assertThat(review.body()).contains("\"title\":\"Document not found\"").doesNotContain(mother);
        var apiAppeal = api(browser, "/api/citizen/documents/" + decision.id() + "/appeal", "{\"text\":\"Uenig\"}",
                someInbox.csrfToken());
        assertThat(apiAppeal.statusCode()).isEqualTo(404);

        assertThat(appeals.against(decision)).isEmpty();
        assertThat(documents.find(decision.id())).hasValueSatisfying(unread -> assertThat(unread.unread()).isTrue());
    }

    /** A birth in Folkeregisteret; the child-benefit decision Nav's rules take alone reaches the mother's inbox. */
    private CitizenDocument decisionAfterABirth() {
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");
        return documents.onCase(instance.getBusinessKey()).stream()
                .filter(document -> document.name().equals("child-benefit-granted")).findFirst().orElseThrow();
    }

    /** The decision of this name that the sending step wrote on the case, once it has run. */
    private CitizenDocument awaitDecision(String caseRef, String name) {
        await().atMost(Duration.ofSeconds(90)).until(() -> documents.onCase(caseRef).stream()
                .anyMatch(document -> document.name().equals(name)));
        var found = documents.onCase(caseRef).stream().filter(document -> document.name().equals(name)).findFirst().orElseThrow();
        assertThat(found.kind()).isEqualTo(DocumentKind.DECISION);
        assertThat(found.recipient()).isEqualTo(mother);
        return found;
    }

    /** What the engine hands the sending step when it runs it again: the same appeal, process instance and step. */
    private static DelegateExecution theSameStep(String appealId, String processInstanceId, String stepId) {
        return (DelegateExecution) Proxy.newProxyInstance(DecisionAppealsIT.class.getClassLoader(), new Class<?>[] {DelegateExecution.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getVariable" -> "appealId".equals(arguments[0]) ? appealId : null;
                    case "getProcessInstanceId" -> processInstanceId;
                    case "getCurrentActivityId" -> stepId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The document's PDF as the mother downloads it, opened, its words as a reader of it gets them. */
    private String pdfWords(CookieBrowser browser, String documentId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/min-side/dokumenter/" + documentId + "/pdf"))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build();
        var pdf = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            return text(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
        }
    }

    private Task openTask(String caseRef, String taskKey) {
        var found = tasks.createTaskQuery().processInstanceBusinessKey(caseRef).taskDefinitionKey(taskKey).list();
        assertThat(found).as("one open %s on %s", taskKey, caseRef).hasSize(1);
        return found.get(0);
    }

    private CookieBrowser loggedIn(String pid) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myPage = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myPage.uri().getPath()).isEqualTo("/min-side");
        return browser;
    }

    private JsonNode worklistTask(String userId, String agency, String taskId) throws Exception {
        var answer = as(userId).getForEntity("/api/agency/{agency}/tasks/{id}", String.class, agency, taskId);
        assertThat(answer.getStatusCode()).as("%s sees task %s in the %s worklist", userId, taskId, agency).isEqualTo(HttpStatus.OK);
        return JSON.readTree(answer.getBody());
    }

    private static java.util.List<String> fieldKeys(JsonNode task) {
        var keys = new java.util.ArrayList<String>();
        task.path("form").forEach(field -> keys.add(field.path("key").asText()));
        return keys;
    }

    private void complete(String userId, String agency, String taskId, Map<String, String> values) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = as(userId).postForEntity("/api/agency/{agency}/tasks/{id}/complete",
                new HttpEntity<>(JSON.writeValueAsString(values), headers), String.class, agency, taskId);
        assertThat(answer.getStatusCode()).as("completed: %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private TestRestTemplate as(String userId) {
        return http.withBasicAuth(userId, StaffUsers.passwordOf(userId));
    }

    private static String appealsCaseworker() {
        return STAFF.id("klageinstans");
    }

    /** A call of the citizen API, its answer held to the API description (docs/adr/0045). */
    private static HttpResponse<String> api(CookieBrowser browser, String path, String json, String csrfToken) {
        var response = browser.postJson(path, json, csrfToken);
        ApiContract.check(new ApiContract.Exchange(response.request().method(), response.request().uri(),
                response.request().headers().map(), json.getBytes(StandardCharsets.UTF_8), response.statusCode(),
                response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8)));
        return response;
    }

    private static String text(String written) {
        return written.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String longDate(LocalDate date) {
        return longDate(date, "nb");
    }

    private static String longDate(LocalDate date, String language) {
        return text(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language)).format(date));
    }
}
