package no.lifecase.casefile;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error Lifecase's APIs answer is RFC 9457 problem details (docs/adr/0049), whoever makes it: Spring Security
 * (401, 403), the framework (404, 405, 415, 406) or our controllers. Each family of API is asked for each error it can
 * give, over real HTTP, and each answer must be {@code application/problem+json} with a type, a title, the answer's own
 * status, a detail and the path as instance, and no stack trace. The engine's REST API is the one exception, and only
 * for the engine's own answers: they keep the error form Camunda documents for it, which Camunda's clients read.
 */
@LifecaseIT
class EveryApiErrorIsProblemDetailsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String XML = "application/xml";
    private static final String CITIZEN = "03851598730";

    private final StaffUsers staff = StaffUsers.of(EveryApiErrorIsProblemDetailsIT.class);
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
    }

    @Test
    void the_case_api() {
        var path = "/api/cases/LE-2026-000001";
        assertProblem(send("GET", path, null, null, null, JSON_TYPE), 401, path);
        assertProblem(send("GET", path, nav(), null, null, JSON_TYPE), 403, path);
        assertProblem(send("GET", path + "/no/such/thing", admin(), null, null, JSON_TYPE), 404, path + "/no/such/thing");
        assertProblem(send("DELETE", path, admin(), null, null, JSON_TYPE), 405, path);
        assertProblem(send("POST", "/api/cases", admin(), "text/plain", "having-a-child", JSON_TYPE), 415, "/api/cases");
        // A browser asking for HTML still gets problem details from an API.
        assertProblem(send("GET", path, null, null, null, "text/html"), 401, path);
    }

    @Test
    void the_agency_worklist_api() {
        var tasks = "/api/agency/nav/tasks";
        assertProblem(send("GET", tasks, null, null, null, JSON_TYPE), 401, tasks);
        assertProblem(send("GET", "/api/agency/skatteetaten/tasks", nav(), null, null, JSON_TYPE), 403, "/api/agency/skatteetaten/tasks");
        assertProblem(send("GET", "/api/agency/nav/no-such-list", nav(), null, null, JSON_TYPE), 404, "/api/agency/nav/no-such-list");
        assertProblem(send("DELETE", tasks, nav(), null, null, JSON_TYPE), 405, tasks);
        assertProblem(send("POST", tasks + "/no-such-task/complete", nav(), "text/plain", "granted", JSON_TYPE), 415,
                tasks + "/no-such-task/complete");
        assertProblem(send("GET", tasks, nav(), null, null, XML), 406, tasks);
    }

    @Test
    void the_process_owners_api() {
        assertProblem(send("GET", "/api/models", null, null, null, JSON_TYPE), 401, "/api/models");
        assertProblem(send("GET", "/api/kpis", nav(), null, null, JSON_TYPE), 403, "/api/kpis");
        assertProblem(send("GET", "/api/models/no/such/thing", admin(), null, null, JSON_TYPE), 404, "/api/models/no/such/thing");
        assertProblem(send("PUT", "/api/models", admin(), null, null, JSON_TYPE), 405, "/api/models");
        assertProblem(send("POST", "/api/models/migrations/plan", admin(), XML, "<plan/>", JSON_TYPE), 415, "/api/models/migrations/plan");
        assertProblem(send("GET", "/api/models", admin(), null, null, XML), 406, "/api/models");
    }

    @Test
    void the_public_life_event_catalogue() {
        // Anyone may read it and nobody may change it, so there is no 401, and no method but GET gets past its chain.
        assertProblem(send("POST", "/api/life-events", admin(), JSON_TYPE, "{}", JSON_TYPE), 403, "/api/life-events");
        assertProblem(send("DELETE", "/api/life-events/having-a-child", null, null, null, JSON_TYPE), 403, "/api/life-events/having-a-child");
        assertProblem(send("GET", "/api/life-events/having-a-child/no/such/thing", null, null, null, JSON_TYPE), 404,
                "/api/life-events/having-a-child/no/such/thing");
        assertProblem(send("GET", "/api/life-events", null, null, null, XML), 406, "/api/life-events");
    }

    @Test
    void the_citizens_api() {
        assertProblem(send("GET", "/api/citizen/cases", null, null, null, JSON_TYPE), 401, "/api/citizen/cases");

        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", CITIZEN, "otherPid", "",
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myCases.uri().getPath()).isEqualTo("/min-side");
        var csrf = myCases.csrfToken();
        var start = "/api/citizen/life-events/losing-and-finding-a-job";

        assertProblem(browser.send("POST", start, JSON_TYPE, "{}", JSON_TYPE, null), 403, start);
        assertProblem(browser.send("GET", "/api/citizen/no/such/thing", null, null, JSON_TYPE, null), 404, "/api/citizen/no/such/thing");
        assertProblem(browser.send("DELETE", "/api/citizen/cases", null, null, JSON_TYPE, csrf), 405, "/api/citizen/cases");
        assertProblem(browser.send("POST", start, "text/plain", "dismissed", JSON_TYPE, csrf), 415, start);
        assertProblem(browser.send("GET", "/api/citizen/cases", null, null, XML, null), 406, "/api/citizen/cases");
    }

    @Test
    void actuator() {
        // Only health and info are exposed; everything else is for administrators, and not there.
        assertProblem(send("GET", "/actuator/env", null, null, null, JSON_TYPE), 401, "/actuator/env");
        assertProblem(send("GET", "/actuator/env", nav(), null, null, JSON_TYPE), 403, "/actuator/env");
        assertProblem(send("GET", "/actuator/env", admin(), null, null, JSON_TYPE), 404, "/actuator/env");
        assertProblem(send("POST", "/actuator/health", null, JSON_TYPE, "{}", JSON_TYPE), 405, "/actuator/health");
        assertProblem(send("GET", "/actuator/health", null, null, null, XML), 406, "/actuator/health");
    }

    @Test
    void the_engines_rest_api_refuses_a_caller_without_login_with_problem_details_and_keeps_camundas_form_for_its_own_errors()
            throws IOException {
        assertProblem(send("GET", "/engine-rest/task", null, null, null, JSON_TYPE), 401, "/engine-rest/task");
        assertProblem(send("GET", "/engine-rest/task", basic("itnosuchuser", "wrong"), null, null, JSON_TYPE), 401, "/engine-rest/task");

        var unknownPath = send("GET", "/engine-rest/no-such-resource", admin(), null, null, JSON_TYPE);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(JSON_TYPE));
        var camundas = JSON.readTree(unknownPath.body());
        assertThat(camundas.path("type").asText()).isEqualTo("NotFoundException");
        assertThat(camundas.has("message")).isTrue();
    }

    @Test
    void a_path_under_api_that_no_api_claims_is_not_found() {
        assertProblem(send("GET", "/api/no-such-api", null, null, null, JSON_TYPE), 404, "/api/no-such-api");
        assertProblem(send("GET", "/api/no-such-api", admin(), null, null, "text/html"), 404, "/api/no-such-api");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertProblem(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).as(response.request().method() + " " + path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try {
            var problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asText()).as("type").isNotBlank();
            assertThat(problem.path("title").asText()).as("title").isNotBlank();
            assertThat(problem.path("status").asInt()).as("status").isEqualTo(status);
            assertThat(problem.path("detail").asText()).as("detail").isNotBlank();
            assertThat(problem.path("instance").asText()).as("instance").isEqualTo(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String contentType, String body, String accept) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String admin() {
        return basic(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    private String nav() {
        return basic(staff.nav(), StaffUsers.passwordOf(staff.nav()));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
