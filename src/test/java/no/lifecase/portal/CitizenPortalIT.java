package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.language.LanguagePreferences;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen portal as a citizen uses it: the real OpenID Connect authorization-code flow with PKCE against the
 * test ID-porten in this application, over HTTP, then the pages and the API, on PostgreSQL.
 */
@LifecaseIT
class CitizenPortalIT {

    /** Synthetic (Tenor) numbers from Skatteetaten's test vectors; one per test class, so cases do not mix. */
    private static final String CITIZEN = "41819077302";
    private static final String SOMEONE_ELSE = "41819077906";

    @LocalServerPort
    private int port;

    @Autowired
    private CaseService cases;

    @Autowired
    private LanguagePreferences languages;

    private static String ownCase;
    private static String othersCase;

    @BeforeAll
    static void openCases(@Autowired CaseService cases, @Autowired RepositoryService repository, @Autowired RuntimeService runtime) {
        ownCase = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(CITIZEN)).reference().value();
        othersCase = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(SOMEONE_ELSE)).reference().value();
        // A question for the citizen on their case, in a process of its own with the case reference as business key, with
        // the texts the citizen reads for it in each language beside it.
        if (repository.createProcessDefinitionQuery().processDefinitionKey("it-citizen-question").count() == 0) {
            repository.createDeployment().addModelInstance("it-citizen-question.bpmn",
                    Bpmn.createExecutableProcess("it-citizen-question").camundaHistoryTimeToLive(1)
                            .startEvent()
                            .userTask("Task_ConfirmAccount").name("Confirm account (staff name)").camundaAssignee("${subject}")
                            .endEvent().done())
                    .addString("it-citizen-question_nb.properties", "Task_ConfirmAccount=Bekreft kontonummeret ditt")
                    .addString("it-citizen-question_nn.properties", "Task_ConfirmAccount=Stadfest kontonummeret ditt")
                    .addString("it-citizen-question_en.properties", "Task_ConfirmAccount=Confirm your bank account")
                    .deploy();
        }
        runtime.startProcessInstanceByKey("it-citizen-question", ownCase, Map.of("subject", CITIZEN));
        runtime.startProcessInstanceByKey("it-citizen-question", othersCase, Map.of("subject", SOMEONE_ELSE));
    }

    @Test
    void a_citizen_logs_in_with_id_porten_and_sees_their_case() {
        var browser = new CookieBrowser(port);

        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var authorize = loginPage.hops().stream().filter(hop -> hop.getPath().equals("/idporten/authorize")).findFirst().orElseThrow();
        assertThat(authorize.getQuery())
                .contains("response_type=code", "client_id=lifecase-portal", "code_challenge=", "code_challenge_method=S256",
                        "acr_values=idporten-loa-substantial", "nonce=", "state=", "scope=openid profile");

        var myCases = logIn(browser, loginPage, CITIZEN, "idporten-loa-substantial");

        assertThat(myCases.status()).isEqualTo(200);
        assertThat(myCases.uri().getPath()).isEqualTo("/min-side");
        assertThat(myCases.hops()).anyMatch(hop -> hop.getPath().equals("/min-side/login/oauth2/code/idporten"));
        assertThat(myCases.body()).contains("<html lang=\"nb\"", "Mine saker", ownCase, "Få barn").doesNotContain(othersCase);

        var casePage = browser.get("/min-side/saker/" + ownCase);
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.body()).contains("Dette har skjedd", "Vi har opprettet saken", "Folkeregisteret har registrert fødselen",
                "Dette skjer videre", "Opplysninger vi har brukt om deg", "Bekreft kontonummeret ditt")
                .doesNotContain("Case opened", "A child is born", "Confirm account (staff name)");

        var taskLink = java.util.regex.Pattern.compile("href=\"(/min-side/saker/" + ownCase + "/oppgaver/[^\"]+)\"").matcher(casePage.body());
        assertThat(taskLink.find()).isTrue();
        var taskPage = browser.get(taskLink.group(1));
        assertThat(taskPage.status()).isEqualTo(200);
        assertThat(taskPage.body()).contains("Bekreft kontonummeret ditt", "Snart kan du svare");

        var english = browser.get("/min-side/saker/" + ownCase + "?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"", "What has happened", "What comes next", "We have opened your case",
                "Confirm your bank account");
        assertThat(browser.get("/min-side?lang=nb").body()).contains("Mine saker");
    }

    @Test
    void the_citizens_choice_of_nynorsk_is_kept_and_wins_over_another_browsers_at_the_next_login() {
        var phone = new CookieBrowser(port);
        logIn(phone, phone.get("/min-side"), SOMEONE_ELSE, "idporten-loa-substantial");

        var nynorsk = phone.get("/min-side?lang=nn");
        assertThat(nynorsk.body()).contains("<html lang=\"nn\"", "<h1>Sakene mine</h1>",
                        "lang=\"nb\" hreflang=\"nb\">Bokmål</a>", "lang=\"en\" hreflang=\"en\">English</a>")
                .doesNotContain("hreflang=\"nn\"", "Mine saker");
        assertThat(languages.chosen(SOMEONE_ELSE)).as("kept for the citizen, so letters use it too").contains(Language.NN);
        assertThat(phone.get("/min-side?lang=de").body()).as("a language Lifecase does not speak changes nothing")
                .contains("<html lang=\"nn\"");

        var laptop = new CookieBrowser(port);
        assertThat(laptop.get("/finnes-ikke?lang=en").body()).contains("Page not found");   // this browser chose English
        var myCases = logIn(laptop, laptop.get("/min-side"), SOMEONE_ELSE, "idporten-loa-substantial");
        assertThat(myCases.body()).as("the stored choice wins at login").contains("<html lang=\"nn\"", "Sakene mine");

        assertThat(laptop.get("/min-side?lang=nb").body()).contains("Mine saker");
        assertThat(languages.chosen(SOMEONE_ELSE)).contains(Language.NB);
    }

    @Test
    void the_pages_are_served_with_strict_security_headers() {
        var browser = new CookieBrowser(port);
        logIn(browser, browser.get("/min-side"), CITIZEN, "idporten-loa-high");

        var response = browser.getOnce("/min-side", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void the_api_answers_the_citizen_with_their_cases_only() {
        var browser = new CookieBrowser(port);
        logIn(browser, browser.get("/min-side"), CITIZEN, "idporten-loa-substantial");

        var list = browser.getOnce("/api/citizen/cases", "application/json");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"reference\":\"" + ownCase + "\"", "\"nb\":\"Få barn\"").doesNotContain(othersCase);

        var one = browser.getOnce("/api/citizen/cases/" + ownCase, "application/json");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"timeline\":[", "\"plan\":[", "\"dataAccess\":[", "\"tasks\":[",
                "Vi har opprettet saken", "Bekreft kontonummeret ditt");
    }

    @Test
    void another_persons_case_is_not_found_as_if_it_did_not_exist() {
        var browser = new CookieBrowser(port);
        logIn(browser, browser.get("/min-side"), CITIZEN, "idporten-loa-substantial");

        var othersPage = browser.get("/min-side/saker/" + othersCase);
        var missingPage = browser.get("/min-side/saker/LE-2026-999999999");
        assertThat(othersPage.status()).isEqualTo(404);
        assertThat(missingPage.status()).isEqualTo(404);
        assertThat(othersPage.body()).contains("Fant ikke saken").doesNotContain(SOMEONE_ELSE);

        var othersApi = browser.getOnce("/api/citizen/cases/" + othersCase, "application/json");
        var missingApi = browser.getOnce("/api/citizen/cases/LE-2026-999999999", "application/json");
        assertThat(othersApi.statusCode()).isEqualTo(404);
        assertThat(othersApi.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(othersApi.body()).contains("\"title\":\"Case not found\"").doesNotContain(SOMEONE_ELSE);
        assertThat(othersApi.body().replace(othersCase, "REF")).isEqualTo(missingApi.body().replace("LE-2026-999999999", "REF"));

        var othersTask = browser.get("/min-side/saker/" + othersCase + "/oppgaver/any");
        assertThat(othersTask.status()).isEqualTo(404);
    }

    @Test
    void a_login_at_level_low_is_refused_with_a_page_that_says_why() {
        var browser = new CookieBrowser(port);

        var refused = logIn(browser, browser.get("/min-side"), CITIZEN, "idporten-loa-low");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.uri().getPath()).isEqualTo("/min-side/innlogging-feilet");
        assertThat(refused.body()).contains("for lavt sikkerhetsnivå").doesNotContain("Exception");
        assertThat(browser.get("/min-side").uri().getPath()).isEqualTo("/idporten/login");
        assertThat(browser.getOnce("/api/citizen/cases", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void pages_and_api_need_a_login() {
        var browser = new CookieBrowser(port);

        var page = browser.getOnce("/min-side/saker/" + ownCase, "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/min-side/oauth2/authorization/idporten"));

        assertThat(browser.getOnce("/min-side", "*/*").statusCode()).isEqualTo(302);

        var api = browser.getOnce("/api/citizen/cases", "application/json");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains("\"title\":\"Login required\"");
    }

    @Test
    void logging_out_needs_the_csrf_token_and_ends_both_sessions() {
        var browser = new CookieBrowser(port);
        var myCases = logIn(browser, browser.get("/min-side"), CITIZEN, "idporten-loa-substantial");

        assertThat(browser.postOnce("/min-side/logg-ut", form()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/min-side").status()).isEqualTo(200);

        var loggedOut = browser.post("/min-side/logg-ut", form("_csrf", myCases.csrfToken()));
        assertThat(loggedOut.hops()).anyMatch(hop -> hop.getPath().equals("/idporten/logout"));
        assertThat(loggedOut.uri().getPath()).isEqualTo("/min-side/logget-ut");
        assertThat(loggedOut.body()).contains("Du er logget ut");
        assertThat(browser.get("/min-side").uri().getPath()).isEqualTo("/idporten/login");
    }

    @Test
    void the_test_id_porten_publishes_its_configuration_with_its_issuer() {
        var discovery = new CookieBrowser(port).getOnce("/idporten/.well-known/openid-configuration", "application/json");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"http://localhost:" + port + "/idporten\"",
                "\"authorization_endpoint\":\"http://localhost:" + port + "/idporten/authorize\"",
                "\"jwks_uri\":\"http://localhost:" + port + "/idporten/jwks.json\"");
    }

    @Test
    void the_openapi_description_has_the_citizen_api() {
        var docs = new CookieBrowser(port).getOnce("/v3/api-docs/citizen", "application/json");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/citizen/cases/{reference}", "citizenSession");
        assertThat(new CookieBrowser(port).get("/swagger-ui.html").status()).isEqualTo(200);
    }

    /** Picks the person and the level on the TestID page and follows the flow back to the portal. */
    private static CookieBrowser.Page logIn(CookieBrowser browser, CookieBrowser.Page loginPage, String pid, String level) {
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        return browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", level, "locale", "nb"));
    }
}
