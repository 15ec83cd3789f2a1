package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.language.Language;
import no.lifecase.language.LanguagePreferences;
import no.lifecase.register.krr.ContactChannel;
import no.lifecase.testsupport.ApiContract;
import no.lifecase.testsupport.EvidenceChecks;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Letters and decisions as the citizen reads them, after the real register events, through the real ID-porten login
 * and over HTTP: the child-benefit decision in the mother's inbox in the language she chose when it was sent, as an
 * HTML page and as a tagged PDF; other people cannot open it; and the tell-us-once list after a death.
 */
@LifecaseIT
class CitizenInboxIT {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

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
    private AgencyNotices notices;

    @Autowired
    private LanguagePreferences languages;

    private Simulation simulation;
    private String mother;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        mother = simulation.example("marriedMotherUnder40");
    }

    @AfterEach
    void motherWritesBokmalAgain() {
        languages.choose(mother, Language.NB);   // other tests read her letters in the default language
    }

    @Test
    void the_child_benefit_decision_reaches_the_mothers_inbox_in_the_language_she_chose_and_opens_as_html_and_pdf() throws Exception {
        var bokmal = decisionAfterABirth(Language.NB);
        var nynorsk = decisionAfterABirth(Language.NN);
        var english = decisionAfterABirth(Language.EN);

        var browser = new CookieBrowser(port);
        logIn(browser, mother);

        var inbox = browser.get("/min-side/dokumenter?lang=nb");   // her stored choice is English, from the last decision above
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(entryOf(inbox.body(), bokmal.id())).contains("Ulest:", "Vedtak om barnetrygd", "Arbeids- og velferdsetaten (Nav)",
                bokmal.caseRef(), "Få barn",
                bokmal.channel() == ContactChannel.DIGITAL ? "Den digitale postkassen din" : "Adressen din, i posten");
        assertThat(browser.get("/min-side").body()).as("My page shows the inbox too").contains("Brev og vedtak",
                "/min-side/dokumenter/" + bokmal.id());
        assertThat(browser.get("/min-side/saker/" + bokmal.caseRef()).body()).as("and so does the case")
                .contains("Brev og vedtak i saken", "/min-side/dokumenter/" + bokmal.id())
                .doesNotContain("/min-side/dokumenter/" + nynorsk.id());
        // The case lists its decisions: who decided, automatically under which provision, and the letter (docs/adr/0055).
        assertThat(browser.get("/min-side/saker/" + nynorsk.caseRef() + "?lang=nn").body())
                .contains("Vedtak i saka", "Barnetrygd: Innvilga", "Automatisk, etter NAV-loven § 4 a", "Les vedtaksbrevet");
        assertThat(browser.get("/min-side/saker/" + english.caseRef() + "?lang=en").body())
                .contains("Decisions in the case", "Child benefit: Granted", "Automatically, under NAV-loven § 4 a",
                        "Read the decision letter", "/min-side/dokumenter/" + english.id());
        // Last in bokmål, the language the rest of the test reads in.
        var decisionsNb = browser.get("/min-side/saker/" + bokmal.caseRef() + "?lang=nb").body();
        assertThat(decisionsNb).contains("Vedtak i saken", "Barnetrygd: Innvilget", "Automatisk, etter NAV-loven § 4 a",
                "barnetrygdloven § 2", "Les vedtaksbrevet");

        var deadline = LocalDate.now(NORWAY).plusWeeks(6);
        var page = browser.get("/min-side/dokumenter/" + bokmal.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page.body())).contains("<article lang=\"nb\"", "<h1 id=\"dokument-tittel\">Vedtak om barnetrygd</h1>",
                "Du får barnetrygd for barnet ditt", "Barnetrygden er 1 968 kroner i måneden",
                "Barnetrygdloven § 2", "Barnetrygdloven § 11", "Barnets fødselsdato", "(Folkeregisteret)",
                "<h2 id=\"del-4\">Vedtaket er gjort automatisk</h2>", "NAV-loven § 4 a", "<h2 id=\"del-5\">Du kan klage</h2>", "Fristen er seks uker (folketrygdloven § 21-12)", "er klagefristen " + longDate(deadline, "nb"),
                "Send klagen til Arbeids- og velferdsetaten (Nav)", "forvaltningsloven § 32", "<main id=\"innhold\">");

        var nynorskPage = text(browser.get("/min-side/dokumenter/" + nynorsk.id()).body());
        assertThat(nynorskPage).as("sent while she chose nynorsk, so written in nynorsk")
                .contains("<article lang=\"nn\"", "Du får barnetrygd for barnet ditt, som vart fødd", "Barnetrygda er 1 968 kroner i månaden",
                        "Barnetrygdlova § 2", "Fødselsdatoen til barnet", "Dersom du er usamd i vedtaket", "Fristen er seks veker (folketrygdlova § 21-12)",
                        "er klagefristen " + longDate(deadline, "nn"), "Frå Arbeids- og velferdsetaten (Nav)")
                .doesNotContain("Barnetrygden er", "forvaltningsloven");

        var englishPage = text(browser.get("/min-side/dokumenter/" + english.id() + "?lang=en").body());
        assertThat(englishPage).contains("<html lang=\"en\"", "<article lang=\"en\"", "Child benefit decision", "Child benefit is NOK 1,968 a month",
                "Child Benefit Act, section 2", "You can appeal", "the appeal deadline is " + deadline.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)),
                "Back to letters and decisions");

        var afterReading = browser.get("/min-side/dokumenter?lang=nb");
        assertThat(entryOf(afterReading.body(), bokmal.id())).as("opened by the mother herself, so read").doesNotContain("Ulest");
        assertThat(documents.find(bokmal.id())).hasValueSatisfying(read -> assertThat(read.unread()).isFalse());

        // The API too: agencies named in the reader's language (bokmål again), each document in the language it was sent in.
        var list = api(browser, "/api/citizen/documents");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"" + nynorsk.id() + "\"", "\"language\":\"nn\"", "\"kind\":\"DECISION\"",
                "\"sender\":\"Arbeids- og velferdsetaten (Nav)\"");
        var one = api(browser, "/api/citizen/documents/" + nynorsk.id());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(text(one.body())).contains("\"title\":\"Vedtak om barnetrygd\"", "Barnetrygda er 1 968 kroner i månaden",
                "\"heading\":\"Du kan klage\"", "\"source\":\"Folkeregisteret\"");


        var pdf = bytes(browser, "/min-side/dokumenter/" + bokmal.id() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("nb");
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8)).as("declares PDF/UA")
                    .contains("pdfuaid");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Vedtak om barnetrygd");
            var words = text(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
            assertThat(words).contains("Vedtak om barnetrygd", "Du får barnetrygd for barnet ditt", "1 968 kroner i måneden",
                    "Barnetrygdloven § 2", "Du kan klage", "folketrygdloven § 21-12", "er klagefristen " + longDate(deadline, "nb"));
        }
    }

    @Test
    void another_citizen_cannot_open_the_decision_nor_see_it() throws Exception {
        var decision = decisionAfterABirth(Language.NB);
        var someoneElse = simulation.example("singleAdult");
        var browser = new CookieBrowser(port);
        logIn(browser, someoneElse);

        var page = browser.get("/min-side/dokumenter/" + decision.id());
        var missing = browser.get("/min-side/dokumenter/00000000-0000-0000-0000-000000000000");
        assertThat(page.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.body()).contains("Fant ikke brevet").doesNotContain("barnetrygd", mother);
        assertThat(bytes(browser, "/min-side/dokumenter/" + decision.id() + "/pdf").statusCode()).isEqualTo(404);
        assertThat(browser.get("/min-side/dokumenter").body()).doesNotContain(decision.id());
        var api = api(browser, "/api/citizen/documents/" + decision.id());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"title\":\"Document not found\"").doesNotContain(mother);
        assertThat(api(browser, "/api/citizen/documents").body()).doesNotContain(decision.id());
        assertThat(documents.find(decision.id())).hasValueSatisfying(unread -> assertThat(unread.unread())
                .as("a stranger's attempt does not mark it read").isTrue());
    }

    @Test
    void after_a_death_the_heir_sees_which_agencies_were_told_and_their_receipts() {
        var deceased = simulation.example("marriedParentWithMinorChildren");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased);
        var reference = instance.getBusinessKey();
        simulation.awaitPassed(instance, "Task_FindFamily");
        var heir = IdentityNumberList.parse(runtime.getVariable(instance.getId(), "heirs"), "heirs").get(0);
        EvidenceChecks.confirmAll(tasks, reference);
        for (var decision : List.of("Task_DecideOmstillingsstonad", "Task_DecideBarnepensjon")) {
            var survivorBenefit = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery()
                    .processInstanceId(instance.getId()).taskDefinitionKey(decision).singleResult(), task -> task != null);
            // Nav's caseworker decides; receipts arriving at the same moment may make the engine ask for a second try.
            await().atMost(Duration.ofSeconds(30)).ignoreException(OptimisticLockingException.class).until(() -> {
                tasks.complete(survivorBenefit.getId(), Map.of("decisionOutcome", "granted", "decisionReasons", "Vilkårene er oppfylt."));
                return true;
            });
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createEventSubscriptionQuery()
                .processInstanceId(instance.getId()).eventName("EstateSettlementDecided").count() > 0);
        var told = notices.sentFor(reference);
        assertThat(told).isNotEmpty().allSatisfy(notice -> assertThat(notice.receiptAt()).isPresent());

        var browser = new CookieBrowser(port);
        logIn(browser, heir.value());
        var casePage = browser.get("/min-side/saker/" + reference);

        assertThat(casePage.status()).isEqualTo(200);
        var list = section(casePage.body(), "sagt-fra");
        assertThat(list).contains("Hvem vi har sagt fra til", "Bekreftet mottatt").doesNotContain("Venter på bekreftelse");
        assertThat(list).contains("Arbeids- og velferdsetaten (Nav)", "Skatteetaten");
        assertThat(Pattern.compile("<h3 class=\"case-list__title\">").matcher(list).results().count()).isEqualTo(told.size());
        told.forEach(notice -> assertThat(list).doesNotContain(">" + notice.agency() + "<"));

        var english = section(browser.get("/min-side/saker/" + reference + "?lang=en").body(), "sagt-fra");
        assertThat(english).contains("Who we have told", "Confirmed received", "Norwegian Labour and Welfare Administration (Nav)",
                "Norwegian Tax Administration");

        assertThat(browser.get("/min-side/dokumenter?lang=nb").body()).as("the heir's letter is in the heir's inbox")
                .contains("Informasjon til deg som er arving");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(browser.get("/min-side/dokumenter?lang=nn").body())
                .as("Nav's decision on the widow's own benefit, in her inbox").contains("Vedtak om omstillingsstønad"));
    }

    /** A birth in Folkeregisteret while the mother has chosen this language; the decision NAV's automatic grant sends her. */
    private CitizenDocument decisionAfterABirth(Language chosen) {
        languages.choose(mother, chosen);
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");
        var decision = documents.onCase(instance.getBusinessKey()).stream()
                .filter(document -> document.name().equals("child-benefit-granted")).findFirst().orElseThrow();
        assertThat(decision.recipient()).isEqualTo(mother);
        assertThat(decision.language()).isEqualTo(chosen);
        assertThat(decision.unread()).isTrue();
        return decision;
    }

    private static void logIn(CookieBrowser browser, String pid) {
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myPage = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myPage.status()).isEqualTo(200);
        assertThat(myPage.uri().getPath()).isEqualTo("/min-side");
    }

    private HttpResponse<byte[]> bytes(CookieBrowser browser, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A call to the citizen API in the browser's session, its answer held to the API description (docs/adr/0045). */
    private static HttpResponse<String> api(CookieBrowser browser, String path) {
        var response = browser.getOnce(path, "application/json");
        ApiContract.check(new ApiContract.Exchange("GET", response.request().uri(), response.request().headers().map(), null,
                response.statusCode(), response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8)));
        return response;
    }

    /** The inbox entry that links to this document. */
    private static String entryOf(String inbox, String id) {
        var start = inbox.lastIndexOf("<li", inbox.indexOf("/min-side/dokumenter/" + id));
        assertThat(start).as("an entry for document %s", id).isNotNegative();
        return inbox.substring(start, inbox.indexOf("</li>", start));
    }

    private static String section(String page, String headingId) {
        var start = page.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as("a section headed %s", headingId).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** Non-breaking and thin spaces (Norwegian digit groups) read as the spaces they look like. */
    private static String text(String written) {
        return written.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String longDate(LocalDate date, String tag) {
        return text(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(tag)).format(date));
    }
}
