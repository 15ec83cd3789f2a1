package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's own REST API and webapps, as Lifecase wires them, over real HTTP: a membership of someone who does not
 * exist answers 404 in the REST API's error form (not the engine's 500), only to a caller who may create memberships;
 * a webapp sign-in without its X-XSRF-TOKEN header answers 403 and signs no one in (not a 500).
 */
@LifecaseIT
class CamundaHostileRequestsIT {

    private final StaffUsers staff = StaffUsers.of(CamundaHostileRequestsIT.class);

    private static final String NEWCOMER = "itmembershipnewcomer";
    private static final String NO_SUCH_USER = "itnosuchuser";

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
        StaffUsers.user(identity, NEWCOMER);
    }

    @Test
    void a_membership_of_a_user_group_or_tenant_that_does_not_exist_answers_404_in_the_rest_apis_error_form() {
        var admin = new Browser();

        var unknownUser = admin.put("/engine-rest/group/nav/members/" + NO_SUCH_USER, admin());
        var unknownGroup = admin.put("/engine-rest/group/no-such-group/members/" + staff.nav(), admin());
        var unknownTenant = admin.put("/engine-rest/tenant/no-such-tenant/user-members/" + staff.nav(), admin());
        var unknownTenantForAGroup = admin.put("/engine-rest/tenant/no-such-tenant/group-members/nav", admin());
        var namedEngine = admin.put("/engine-rest/engine/default/group/nav/members/" + NO_SUCH_USER, admin());

        assertEngineError(unknownUser, 404, "There is no user with id '" + NO_SUCH_USER + "'");
        assertEngineError(unknownGroup, 404, "There is no group with id 'no-such-group'");
        assertEngineError(unknownTenant, 404, "There is no tenant with id 'no-such-tenant'");
        assertEngineError(unknownTenantForAGroup, 404, "There is no tenant with id 'no-such-tenant'");
        assertEngineError(namedEngine, 404, "There is no user with id '" + NO_SUCH_USER + "'");
        assertThat(identity.createUserQuery().memberOfGroup("nav").userId(NO_SUCH_USER).count()).isZero();
    }

    @Test
    void a_membership_of_people_who_exist_is_made_as_before_and_a_caseworker_gets_the_engines_own_refusal() {
        var browser = new Browser();

        var caseworker = browser.put("/engine-rest/group/nav/members/" + NO_SUCH_USER, basic(staff.nav(), StaffUsers.passwordOf(staff.nav())));
        var made = browser.put("/engine-rest/group/kommune-0301/members/" + NEWCOMER, admin());

        assertThat(caseworker.statusCode()).as("no say on memberships, so nothing learnt about who exists").isEqualTo(403);
        assertThat(caseworker.body()).contains("\"type\":\"AuthorizationException\"").doesNotContain("no user");
        assertThat(made.statusCode()).isEqualTo(204);
        assertThat(identity.createUserQuery().memberOfGroup("kommune-0301").userId(NEWCOMER).count()).isOne();
        identity.deleteMembership(NEWCOMER, "kommune-0301");
    }

    @Test
    void the_webapps_copy_of_the_rest_api_answers_an_unknown_user_404_too() {
        var browser = new Browser();
        browser.signIn(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);

        var unknownUser = browser.send(browser.request("/camunda/api/engine/engine/default/group/nav/members/" + NO_SUCH_USER)
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).header("Origin", browser.base())
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertEngineError(unknownUser, 404, "There is no user with id '" + NO_SUCH_USER + "'");
    }

    @Test
    void a_webapp_sign_in_without_its_xsrf_token_is_refused_with_403_and_signs_no_one_in() {
        var browser = new Browser();
        assertThat(browser.get("/camunda/login").statusCode()).isEqualTo(200);
        var login = "/camunda/api/admin/auth/user/default/login/tasklist";
        var credentials = Map.of("username", staff.nav(), "password", StaffUsers.passwordOf(staff.nav()));

        var withoutToken = browser.postForm(login, credentials, Map.of("Origin", browser.base()));
        var wrongToken = browser.postForm(login, credentials, Map.of("X-XSRF-TOKEN", "not-the-token", "Origin", browser.base()));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(withoutToken.body()).doesNotContain("Exception");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).as("no webapp user").isEqualTo(404);
        assertThat(browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").statusCode()).as("not signed in").isEqualTo(401);

        var withToken = browser.postForm(login, credentials, Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"), "Origin", browser.base()));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertEngineError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"type\":\"InvalidRequestException\"", "\"message\":\"" + message)
                .doesNotContain("NullValueException");
    }

    private static String admin() {
        return basic(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Cookies kept, redirects shown rather than followed. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        String base() {
            return "http://localhost:" + port;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> put(String path, String authorization) {
            return send(request(path).header("Authorization", authorization).PUT(HttpRequest.BodyPublishers.noBody()));
        }

        HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
            var body = form.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return send(request);
        }

        /** Through the staff sign-in page, as a person does. */
        void signIn(String user, String password) {
            var page = get("/camunda/login");
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(csrf.find()).isTrue();
            var signedIn = postForm("/camunda/login", Map.of("username", user, "password", password, "_csrf", csrf.group(1)), Map.of());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                    .map(cookie -> cookie.getValue()).findFirst().orElse("");
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
