package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that meets an error on a page gets a readable page in the portal's look, in bokmål or (after
 * {@code ?lang=en}) English, with the answer's status; never JSON, Spring's fallback page or a stack trace
 * (docs/adr/0049). The same errors on the APIs are problem details (EveryApiErrorIsProblemDetailsIT).
 */
@LifecaseIT
class ErrorPagesIT {

    private static final String CITIZEN = "03851598730";

    private final StaffUsers staff = StaffUsers.of(ErrorPagesIT.class);

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Test
    void a_page_that_does_not_exist_is_not_found_in_bokmal_or_english() {
        var browser = new CookieBrowser(port);

        var bokmal = browser.get("/finnes-ikke");
        var english = browser.get("/finnes-ikke?lang=en");

        assertErrorPage(bokmal, 404, "nb", "Fant ikke siden", "Feilkode 404");
        assertErrorPage(english, 404, "en", "Page not found", "Error code 404");
        assertThat(browser.get("/finnes-ikke").body()).as("the choice of English is kept").contains("Page not found");
    }

    @Test
    void a_logged_in_citizen_meets_the_same_pages_in_the_portal() {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", CITIZEN, "otherPid", "",
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myCases.uri().getPath()).isEqualTo("/min-side");

        assertErrorPage(browser.get("/min-side/finnes/ikke"), 404, "nb", "Fant ikke siden", "Feilkode 404");
        assertErrorPage(page(browser.send("PUT", "/min-side", null, null, "text/html", myCases.csrfToken())), 405, "nb",
                "Siden kan ikke brukes slik", "Feilkode 405");
        var withoutCsrfToken = browser.send("POST", "/min-side/logg-ut", "application/x-www-form-urlencoded", "", "text/html", null);
        assertErrorPage(page(withoutCsrfToken), 403, "nb", "Du har ikke tilgang", "Feilkode 403");
        assertThat(browser.get("/min-side").status()).as("still logged in").isEqualTo(200);
    }

    @Test
    void a_caseworker_on_the_process_owners_page_is_refused_with_a_page() throws Exception {
        StaffUsers.user(identity, staff.nav(), "nav");
        var browser = new CookieBrowser(port);

        var refused = browser.send("GET", "/process-owner/kpis", null, null, "text/html", null);
        var asCaseworker = staffPage(staff.nav(), "/process-owner/kpis");

        assertErrorPage(page(refused), 401, "nb", "Du må logge inn", "Feilkode 401");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).as("the browser asks for a password").isPresent();
        assertErrorPage(page(asCaseworker), 403, "nb", "Du har ikke tilgang", "Feilkode 403");
    }

    /** A staff page as a browser asks for it after the password prompt (HTTP Basic). */
    private HttpResponse<String> staffPage(String user, String path) throws Exception {
        var credentials = Base64.getEncoder().encodeToString((user + ":" + StaffUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Authorization", "Basic " + credentials).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static CookieBrowser.Page page(HttpResponse<String> response) {
        return new CookieBrowser.Page(response.statusCode(), response.uri(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), List.of(response.uri()));
    }

    private static void assertErrorPage(CookieBrowser.Page page, int status, String language, String title, String code) {
        assertThat(page.status()).as(page.uri() + ": " + page.body()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"" + language + "\"", "<h1>" + title + "</h1>", code, "href=\"/min-side\"")
                .doesNotContain("Whitelabel", "Exception", "\tat ");
    }
}
