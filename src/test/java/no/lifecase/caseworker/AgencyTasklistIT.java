package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.agency.AgencyGroups;
import no.lifecase.testsupport.JobExecutorPause;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * What start-up sets up for each agency (groups, Tasklist access, saved filters), and Cockpit/Tasklist's
 * sign-in through Spring Security with the webapps learning the user from it.
 */
@LifecaseIT
class AgencyTasklistIT {

    private final StaffUsers staff = StaffUsers.of(AgencyTasklistIT.class);

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Autowired
    private FilterService filters;

    @Autowired
    private AuthorizationService authorizations;

    @Autowired
    private AgencyGroups agencyGroups;

    @Autowired
    private AgencyTasklist agencyTasklist;

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private ProcessEngine engine;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
    }

    @Test
    void every_agency_has_its_groups_after_start_up() {
        for (var id : List.of("nav", "skatteetaten", "kommune-0301", "kommune-4601", "kommune-5001", "kommune-1103", "kommune-3907",
                "kommune-5501", "tingrett-TOSL", "udi", "helfo", "brreg", "helseforetak-ous")) {
            assertThat(identity.createGroupQuery().groupId(id).groupType(AgencyGroups.AGENCY_TYPE).count()).as(id).isEqualTo(1);
            assertThat(identity.createGroupQuery().groupId(id + "-supervisors").groupType(AgencyGroups.SUPERVISORS_TYPE).count())
                    .as(id + "-supervisors").isEqualTo(1);
        }
        assertThat(identity.createGroupQuery().groupId("kommune-0301").singleResult().getName()).isEqualTo("Oslo kommune");
    }

    @Test
    void every_agency_has_its_three_filters_readable_by_its_groups_only_and_tasklist_access() {
        var navFilters = filtersOf("nav");
        assertThat(navFilters).extracting(Filter::getName)
                .containsExactlyInAnyOrder("My agency's tasks (Nav)", "Due this week (Nav)", "Overdue (Nav)");
        for (var filter : navFilters) {
            assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                    .list()).extracting(authorization -> authorization.getGroupId())
                    .containsExactlyInAnyOrder("nav", "nav-supervisors");
            assertThat(authorizations.isUserAuthorized(staff.nav(), List.of("nav"), Permissions.READ, Resources.FILTER, filter.getId()))
                    .isTrue();
            assertThat(authorizations.isUserAuthorized(staff.oslo(), List.of("kommune-0301"), Permissions.READ, Resources.FILTER,
                    filter.getId())).isFalse();
        }
        assertThat(filtersOf("kommune-0301")).hasSize(3);
        assertThat(filtersOf("tingrett-TOSL")).hasSize(3);
        assertThat(authorizations.isUserAuthorized(staff.nav(), List.of("nav"), Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                .isTrue();
        assertThat(authorizations.isUserAuthorized(staff.nav(), List.of("nav"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isFalse();

        // As Tasklist shows them to the caseworker: their agency's filters and no other.
        var visible = anonymous.withBasicAuth(staff.nav(), StaffUsers.passwordOf(staff.nav()))
                .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null,
                        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(visible).extracting(filter -> filter.get("name"))
                .containsExactlyInAnyOrder("My agency's tasks (Nav)", "Due this week (Nav)", "Overdue (Nav)");
    }

    @Test
    void setting_up_again_creates_nothing_new() {
        // No job runs meanwhile: a user task that another test's case reaches brings grants of its own.
        try (var paused = JobExecutorPause.of(engine)) {
            long groups = identity.createGroupQuery().count();
            long filterCount = filters.createFilterQuery().count();
            long grants = authorizations.createAuthorizationQuery().count();

            agencyGroups.createMissingGroups();
            agencyTasklist.setUp();

            assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
            assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
            assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        }
    }

    @Test
    void a_filter_created_twice_by_two_nodes_is_reduced_to_one() {
        var original = filtersOf("udi").stream().filter(filter -> filter.getName().startsWith("Overdue")).findFirst().orElseThrow();
        var twin = filters.newTaskFilter(original.getName()).setQuery(original.getQuery()).setProperties(original.getProperties());
        filters.saveFilter(twin);
        assertThat(filtersOf("udi")).hasSize(4);

        agencyTasklist.setUp();

        assertThat(filtersOf("udi")).hasSize(3).extracting(Filter::getId)
                .contains(original.getId().compareTo(twin.getId()) < 0 ? original.getId() : twin.getId());
    }

    @Test
    void staff_sign_in_to_the_webapps_through_spring_security_and_the_webapps_see_their_agency() throws Exception {
        var browser = new Browser();

        var page = browser.get("/camunda/app/tasklist/default/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/login"));

        var login = browser.get("/camunda/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Sign in for staff");
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();

        // A wrong password delays that user's next sign-in by a few seconds, so only a user made for this test gets it wrong.
        var mistyping = staff.id("mistyping");
        StaffUsers.user(identity, mistyping);
        var refused = browser.postForm("/camunda/login", Map.of("username", mistyping, "password", "wrong", "_csrf", csrf.group(1)), Map.of());
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/login?error"));
        var withoutToken = browser.postForm("/camunda/login", Map.of("username", staff.nav(), "password", StaffUsers.passwordOf(staff.nav())),
                Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        login = browser.get("/camunda/login");
        csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        var signedIn = browser.postForm("/camunda/login",
                Map.of("username", staff.nav(), "password", StaffUsers.passwordOf(staff.nav()), "_csrf", csrf.group(1)), Map.of());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));

        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        var user = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"" + staff.nav() + "\"", "\"tasklist\"").doesNotContain("\"cockpit\"", "\"admin\"");
        var filterList = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
        assertThat(filterList.statusCode()).isEqualTo(200);
        assertThat(filterList.body()).contains("My agency's tasks (Nav)").doesNotContain("(Oslo kommune)");

        // Signing out in the webapp ends the Spring Security session too.
        var signedOut = browser.post("/camunda/api/admin/auth/user/default/logout", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);

        // The webapp's own sign-in form (shown after signing out) works, through Spring Security.
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
        var xsrf = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"), "Origin", browser.base());
        var wrong = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", mistyping, "password", "wrong"), xsrf);
        assertThat(wrong.statusCode()).isEqualTo(401);
        var again = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", staff.nav(), "password", StaffUsers.passwordOf(staff.nav())), xsrf);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"userId\":\"" + staff.nav() + "\"");
        assertThat(browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void the_webapps_api_refuses_anonymous_callers() throws Exception {
        var browser = new Browser();
        assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/api/admin/setup/default/user/create").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(302);
    }

    private List<Filter> filtersOf(String agency) {
        return filters.createTaskFilterQuery().list().stream()
                .filter(filter -> filter.getProperties() != null && agency.equals(filter.getProperties().get(AgencyTasklist.AGENCY_PROPERTY)))
                .toList();
    }

    /** A browser's view of the webapps: cookies kept, redirects shown rather than followed. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        String base() {
            return "http://localhost:" + port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html,application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> headers) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.noBody());
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) throws IOException, InterruptedException {
            var body = form.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                    .map(cookie -> cookie.getValue()).findFirst().orElse("");
        }
    }
}
