package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen starts a life event that no register announces, in the portal and through its API, with the real
 * ID-porten login over HTTP and no JavaScript: the start form's rules, the life event's own rule, the level of
 * assurance and CSRF all stop a bad start, and nothing is written unless the case is opened.
 */
@LifecaseIT
class CitizenStartsALifeEventIT {

    private static final String JOB = "losing-and-finding-a-job";
    private static final String API = "/api/citizen/life-events";
    private static final String PAGE = "/min-side/ny-sak/" + JOB;

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private CaseService cases;

    private static List<String> people;
    private static List<String> parentAndChild;

    /** Adults of the synthetic population no other test uses, with an open address. */
    @BeforeAll
    static void people(@Autowired Population population) {
        var today = population.today();
        people = population.adults().stream()
                .filter(person -> person.isAlive() && !person.hasDNumber() && !person.hasProtectedAddress()
                        && person.ageOn(today) >= 20 && person.ageOn(today) <= 60)
                .map(SimulatedPerson::identityNumber).skip(100).limit(3).toList();
        parentAndChild = population.adults().stream()
                .filter(person -> person.isAlive() && !person.hasDNumber() && !person.hasProtectedAddress())
                .flatMap(parent -> parent.responsibilities().stream()
                        .filter(responsibility -> parent.identityNumber().equals(responsibility.responsible()))
                        .map(responsibility -> population.find(responsibility.child()))
                        .flatMap(java.util.Optional::stream)
                        .filter(child -> child.isAlive() && child.ageOn(today) < 18 && !child.hasProtectedAddress())
                        .map(child -> List.of(parent.identityNumber(), child.identityNumber())))
                .skip(40).findFirst().orElseThrow();
    }

    @Test
    void a_parent_starts_seriously_ill_child_for_their_own_child_and_someone_else_is_refused() {
        var answers = "{\"child\":\"" + parentAndChild.get(1) + "\",\"treatingHospital\":\"ous\",\"hospitalised\":true,"
                + "\"employment\":\"employee\",\"annualIncome\":520000}";
        var stranger = new CookieBrowser(port);
        var refused = stranger.postJson(API + "/seriously-ill-child", answers, logIn(stranger, people.get(2), "idporten-loa-substantial").csrfToken());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"field\":\"child\"");

        var parent = new CookieBrowser(port);
        var started = parent.postJson(API + "/seriously-ill-child", answers, logIn(parent, parentAndChild.get(0), "idporten-loa-substantial").csrfToken());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var found = Pattern.compile("\"reference\":\"(LE-[0-9-]+)\"").matcher(started.body());
        assertThat(found.find()).isTrue();
        var reference = found.group(1);
        var theCase = cases.find(no.lifecase.casefile.CaseReference.of(reference)).orElseThrow();
        assertThat(theCase.subject()).isEqualTo(Fodselsnummer.parse(parentAndChild.get(1)));
        assertThat(parent.getOnce("/api/citizen/cases", "application/json").body()).contains(reference);
        assertThat(stranger.getOnce("/api/citizen/cases/" + reference, "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void an_invalid_child_number_is_a_422_naming_the_field_before_any_check_of_whose_child_it_is() {
        var child = parentAndChild.get(1);
        var wrongCheckDigits = child.substring(0, 10) + (char) ('0' + (child.charAt(10) - '0' + 1) % 10);
        var parent = new CookieBrowser(port);
        var csrf = logIn(parent, parentAndChild.get(0), "idporten-loa-substantial").csrfToken();
        long before = cases.casesOf(Fodselsnummer.parse(child)).size();

        // Wrong check digits, 30 February, month 13, all zeros: none is a fødselsnummer, whoever types it.
        for (var number : List.of(wrongCheckDigits, "30021210036", "01131210090", "00000000000")) {
            var invalid = parent.postJson(API + "/seriously-ill-child", illChildAnswers(number), csrf);

            assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
            assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(invalid.body()).contains("\"title\":\"Invalid answers\"", "\"field\":\"child\"",
                    "\"errors\":[{", "The child's national identity number (fødselsnummer) ")
                    .doesNotContain(number, "messageKey", "Exception");
        }
        var checkDigits = parent.postJson(API + "/seriously-ill-child", illChildAnswers(wrongCheckDigits), csrf);
        assertThat(checkDigits.body()).contains("has invalid check digits");
        var noDate = parent.postJson(API + "/seriously-ill-child", illChildAnswers("30021210036"), csrf);
        assertThat(noDate.body()).contains("does not contain a valid date");

        var stranger = new CookieBrowser(port);
        var strangersCsrf = logIn(stranger, people.get(1), "idporten-loa-substantial").csrfToken();
        var someoneElsesChild = stranger.postJson(API + "/seriously-ill-child", illChildAnswers(child), strangersCsrf);
        assertThat(someoneElsesChild.statusCode()).as("only a valid number that is not the citizen's child is refused").isEqualTo(403);
        assertThat(someoneElsesChild.body()).contains("\"field\":\"child\"", "\"messageKey\":\"illchild.refused.notYourChild\"");
        assertThat(cases.casesOf(Fodselsnummer.parse(child))).hasSize((int) before);
    }

    @Test
    void hostile_bodies_to_the_start_api_get_problem_details_and_open_nothing() {
        var citizen = people.get(1);
        var browser = new CookieBrowser(port);
        var csrf = logIn(browser, citizen, "idporten-loa-high").csrfToken();
        var answers = answers(employerOf(citizen));

        var twice = browser.postJson(API + "/" + JOB, answers.replace("{", "{\"reason\":\"laid-off\","), csrf);
        var malformed = browser.postJson(API + "/" + JOB, "{\"reason\":", csrf);
        var empty = browser.postJson(API + "/" + JOB, "", csrf);

        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"reason\"", "'reason' appears more than once");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"title\":\"Malformed request body\"");
        assertThat(empty.statusCode()).isEqualTo(400);
        for (var response : List.of(twice, malformed, empty)) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception");
        }
        assertThat(openCases(citizen)).isZero();
    }

    @Test
    void the_citizen_lists_and_starts_the_life_event_through_the_api_and_bad_answers_open_nothing() {
        var citizen = people.get(0);
        var browser = new CookieBrowser(port);
        var csrf = logIn(browser, citizen, "idporten-loa-high").csrfToken();

        var list = browser.getOnce(API, "application/json");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"" + JOB + "\"", "\"nb\":\"Miste og finne jobb\"", "\"allowed\":true",
                "\"requiredLevel\":\"idporten-loa-high\"", "\"startUri\":\"" + API + "/" + JOB + "\"",
                "\"key\":\"lastWorkingDay\"", "\"key\":\"reason\"", "\"value\":\"laid-off\"", "\"key\":\"employerOrganisationNumber\"");

        var answers = answers(employerOf(citizen));
        assertThat(browser.postJson(API + "/" + JOB, answers, null).statusCode()).as("no start without the CSRF token").isEqualTo(403);

        var bad = browser.postJson(API + "/" + JOB, "{\"lastWorkingDay\":\"30.11.2026\",\"reason\":\"fired\"}", csrf);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(bad.body()).contains("\"title\":\"Invalid answers\"", "\"field\":\"lastWorkingDay\"",
                "Last working day must be an ISO 8601 date", "Why are you losing your job? must be one of",
                "Your employer's organisation number is required").doesNotContain("Exception");

        var notAnObject = browser.postJson(API + "/" + JOB, "[]", csrf);
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(notAnObject.body()).contains("\"field\":\"answers\"");

        var mistyped = browser.postJson(API + "/" + JOB, answers("123456789"), csrf);
        assertThat(mistyped.statusCode()).as("a mistyped number is corrected, not refused").isEqualTo(422);
        assertThat(mistyped.body()).contains("\"title\":\"Invalid answers\"", "\"field\":\"employerOrganisationNumber\"",
                "Your employer's organisation number has an invalid check digit").doesNotContain("messageKey");

        var notStartable = browser.postJson(API + "/having-a-child", answers, csrf);
        assertThat(notStartable.statusCode()).isEqualTo(404);
        assertThat(notStartable.body()).contains("\"title\":\"Life event not found\"");
        assertThat(browser.postJson(API + "/no-such-event", answers, csrf).statusCode()).isEqualTo(404);
        assertThat(openCases(citizen)).as("nothing is opened by a bad start").isZero();

        var started = browser.postJson(API + "/" + JOB, answers, csrf);
        assertThat(started.statusCode()).isEqualTo(201);
        var reference = Pattern.compile("\"reference\":\"(LE-[0-9-]+)\"").matcher(started.body());
        assertThat(reference.find()).isTrue();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/citizen/cases/" + reference.group(1));
        var theCase = browser.getOnce("/api/citizen/cases/" + reference.group(1), "application/json");
        assertThat(theCase.statusCode()).isEqualTo(200);
        assertThat(theCase.body()).contains("\"lifeEvent\":\"" + JOB + "\"", "Vi har opprettet saken", "Du har fortalt oss at du mister jobben")
                .doesNotContain("Case opened");

        var again = browser.postJson(API + "/" + JOB, answers, csrf);
        assertThat(again.statusCode()).as("one running case at a time").isEqualTo(403);
        assertThat(again.body()).contains("\"messageKey\":\"start.job.alreadyOpen\"").doesNotContain("\"field\"");
        assertThat(openCases(citizen)).isOne();
    }

    @Test
    void a_citizen_logged_in_below_the_level_nav_requires_may_not_start_it() {
        var citizen = people.get(1);
        var browser = new CookieBrowser(port);
        var myCases = logIn(browser, citizen, "idporten-loa-substantial");

        assertThat(browser.getOnce(API, "application/json").body()).contains("\"id\":\"" + JOB + "\"", "\"allowed\":false");
        var refused = browser.postJson(API + "/" + JOB, answers(employerOf(citizen)), myCases.csrfToken());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"title\":\"Not allowed to start this life event\"", "\"messageKey\":\"start.refused.level\"");

        var page = browser.get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("BankID, Buypass eller Commfides");
        var refusedPage = browser.post(PAGE, form("_csrf", page.csrfToken(), "lastWorkingDay", lastWorkingDay(), "reason", "dismissed",
                "employerOrganisationNumber", employerOf(citizen)));
        assertThat(refusedPage.status()).isEqualTo(403);
        assertThat(refusedPage.body()).contains("Du kan ikke starte denne saken", "BankID, Buypass eller Commfides")
                .doesNotContain("Exception");
        assertThat(openCases(citizen)).isZero();
    }

    @Test
    void the_citizen_starts_it_on_the_page_without_javascript_and_sees_why_an_answer_is_refused() {
        var citizen = people.get(2);
        var browser = new CookieBrowser(port);
        var myCases = logIn(browser, citizen, "idporten-loa-high");
        assertThat(myCases.body()).contains("Start en livshendelse", "href=\"" + PAGE + "\"", "Miste og finne jobb");

        var page = browser.get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Start: Miste og finne jobb", "action=\"" + PAGE + "\"", "name=\"_csrf\"",
                "<label for=\"field-lastWorkingDay\">", "Siste arbeidsdag", "(må fylles ut)", "<legend>",
                "name=\"reason\" value=\"laid-off\"", "for=\"field-reason-1\"", "Jeg er permittert",
                "id=\"hint-employerOrganisationNumber\"").doesNotContain("error-summary", "Last working day", "laid off");

        var incomplete = browser.post(PAGE, form("_csrf", page.csrfToken(), "lastWorkingDay", lastWorkingDay(),
                "employerOrganisationNumber", "12345"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body()).contains("error-summary", "href=\"#field-reason-0\"", "Du må svare på «Hvorfor mister du jobben?».",
                "Svaret på «Organisasjonsnummeret til arbeidsgiveren din» er ikke skrevet slik det skal.", "id=\"error-employerOrganisationNumber\"",
                "aria-invalid=\"true\"", "value=\"" + lastWorkingDay() + "\"");

        var mistyped = browser.post(PAGE, form("_csrf", page.csrfToken(), "lastWorkingDay", lastWorkingDay(), "reason", "dismissed",
                "employerOrganisationNumber", "123456789"));
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(mistyped.body()).as("the problem stands next to its field").contains("id=\"error-employerOrganisationNumber\"",
                "Nummeret i «Organisasjonsnummeret til arbeidsgiveren din» er ikke gyldig.", "href=\"#field-employerOrganisationNumber\"");
        assertThat(openCases(citizen)).isZero();

        var started = browser.post(PAGE, form("_csrf", page.csrfToken(), "lastWorkingDay", lastWorkingDay(), "reason", "dismissed",
                "employerOrganisationNumber", employerOf(citizen)));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.uri().getPath()).startsWith("/min-side/saker/LE-");
        assertThat(started.body()).contains("Saken «Miste og finne jobb» er opprettet", "Dette skjer videre");
        assertThat(openCases(citizen)).isOne();

        assertThat(browser.get("/min-side/ny-sak/no-such-event").status()).isEqualTo(404);
        assertThat(browser.get("/min-side/ny-sak/having-a-child").body()).contains("Du kan ikke starte denne livshendelsen her");
    }

    @Test
    void the_openapi_description_has_the_start_of_a_life_event() {
        var docs = new CookieBrowser(port).getOnce("/v3/api-docs/citizen", "application/json");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/citizen/life-events\"", "\"/api/citizen/life-events/{id}\"", "Start a life event",
                "Life events I can start", "\"201\"", "\"403\"", "\"422\"", "citizenSession");
    }

    // ---------------------------------------------------------------------------------------------------------

    private long openCases(String citizen) {
        return cases.casesOf(Fodselsnummer.parse(citizen)).stream().filter(one -> one.lifeEventId().equals(JOB)).count();
    }

    /** The employer Aa-registeret knows for the person (the simulator's scenario endpoint). */
    @SuppressWarnings("unchecked")
    private String employerOf(String person) {
        var employments = (List<Map<String, Object>>) http.getForObject("/sim/aa-registeret/personer/" + person, Map.class).get("employments");
        return (String) ((Map<String, Object>) employments.get(0).get("arbeidsgiver")).get("organisasjonsnummer");
    }

    private static String lastWorkingDay() {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(10).toString();
    }

    private static String illChildAnswers(String child) {
        return "{\"child\":\"" + child + "\",\"treatingHospital\":\"ous\",\"hospitalised\":true,"
                + "\"employment\":\"employee\",\"annualIncome\":520000}";
    }

    private static String answers(String employer) {
        return "{\"lastWorkingDay\":\"" + lastWorkingDay() + "\",\"reason\":\"dismissed\",\"employerOrganisationNumber\":\"" + employer + "\"}";
    }

    private static CookieBrowser.Page logIn(CookieBrowser browser, String pid, String level) {
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", level, "locale", "nb"));
        assertThat(myCases.uri().getPath()).isEqualTo("/min-side");
        return myCases;
    }
}
