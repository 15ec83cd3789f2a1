package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.testsupport.ApiContract;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests to the staff side of Lifecase's APIs (cases, worklist, models and migrations, KPIs, the catalogue)
 * over real HTTP: duplicated keys, malformed and missing bodies, wrong media types, numbers and dates out of range,
 * unknown ids, and requests refused before any controller. Each gets a 4xx with RFC 9457 problem details that say
 * what is wrong (and name the field where there is one), never a 500 or a stack trace, and nothing is stored.
 */
@LifecaseIT
class HostileApiRequestsIT {

    private final StaffUsers staff = StaffUsers.of(HostileApiRequestsIT.class);

    /** A valid synthetic (Tenor) fødselsnummer from Skatteetaten's test vectors. */
    private static final String SUBJECT = "03851598730";
    private static final String OWNER = "ithostileowner";

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Autowired
    private CaseService cases;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void staff() {
        staff.ensure(identity);
        StaffUsers.user(identity, OWNER, "process-owners");
    }

    @Test
    void a_json_object_that_names_a_field_twice_is_refused_naming_the_field_and_opens_nothing() {
        int before = cases.casesOf(Fodselsnummer.parse(SUBJECT)).size();

        var twice = send("POST", "/api/cases", admin(), "application/json",
                "{\"lifeEvent\":\"having-a-child\",\"subject\":\"" + SUBJECT + "\",\"subject\":\"" + SUBJECT + "\"}");
        var twiceInAPlan = send("POST", "/api/models/migrations/plan", owner(), "application/json",
                "{\"sourceDefinitionId\":\"a\",\"sourceDefinitionId\":\"b\",\"targetDefinitionId\":\"c\"}");
        var twiceInFormValues = send("POST", "/api/agency/nav/tasks/no-such-task/complete", nav(), "application/json",
                "{\"decision\":\"granted\",\"decision\":\"refused\"}");

        assertProblem(twice, 400, "Malformed request body", "subject");
        assertThat(twice.body()).contains("'subject' appears more than once");
        assertThat(cases.casesOf(Fodselsnummer.parse(SUBJECT))).hasSize(before);
        assertProblem(twiceInAPlan, 400, "Malformed request body", "sourceDefinitionId");
        assertProblem(twiceInFormValues, 400, "Malformed request body", "decision");
    }

    @Test
    void malformed_missing_and_wrongly_typed_bodies_and_wrong_media_types_are_refused() {
        assertProblem(send("POST", "/api/cases", admin(), "application/json", ""), 400, "Malformed request body", null);
        assertThat(send("POST", "/api/cases", admin(), "application/json", "").body()).contains("The request needs a JSON body");
        assertProblem(send("POST", "/api/cases", admin(), "application/json", "null"), 400, "Malformed request body", null);
        assertProblem(send("POST", "/api/cases", admin(), "application/json", "[\"having-a-child\"]"), 400, "Malformed request body", null);
        assertProblem(send("POST", "/api/cases", admin(), "text/plain", "having-a-child"), 415, "Unsupported Media Type", null);
        assertProblem(send("DELETE", "/api/cases/LE-2026-000001", admin(), null, null), 405, "Method Not Allowed", null);
        assertProblem(send("POST", "/api/models/migrations/plan", owner(), "application/json", "{\"sourceVersion\":"), 400,
                "Malformed request body", null);
        assertProblem(send("POST", "/api/models/migrations/plan", owner(), "application/json",
                "{\"key\":\"having-a-child\",\"sourceVersion\":\"first\",\"targetVersion\":2}"), 400, "Malformed request body", "sourceVersion");
        assertProblem(send("POST", "/api/models/migrations/plan", owner(), "application/xml", "<plan/>"), 415, "Unsupported Media Type", null);
        assertProblem(send("POST", "/api/agency/nav/tasks/no-such-task/complete", nav(), "text/plain", "granted"), 415,
                "Unsupported Media Type", null);
        assertProblem(send("POST", "/api/models", owner(), "multipart/form-data", "not multipart at all"), 400, "Malformed multipart body", null);
        assertProblem(send("POST", "/api/models/validation", owner(), "application/json", "{}"), 415, "Unsupported Media Type", null);
    }

    @Test
    void process_versions_are_numbered_from_one() {
        var negative = send("POST", "/api/models/migrations/plan", owner(), "application/json",
                "{\"key\":\"having-a-child\",\"sourceVersion\":-1,\"targetVersion\":1}");
        var zero = send("POST", "/api/models/migrations/plan", owner(), "application/json",
                "{\"key\":\"having-a-child\",\"sourceVersion\":1,\"targetVersion\":0}");
        var negativeStart = send("POST", "/api/models/migrations", owner(), "application/json",
                "{\"key\":\"having-a-child\",\"sourceVersion\":1,\"targetVersion\":-2}");
        var beyondAnInt = send("POST", "/api/models/migrations/plan", owner(), "application/json",
                "{\"key\":\"having-a-child\",\"sourceVersion\":99999999999,\"targetVersion\":1}");

        assertProblem(negative, 400, "Invalid sourceVersion", "sourceVersion");
        assertThat(negative.body()).contains("numbered from 1");
        assertProblem(zero, 400, "Invalid targetVersion", "targetVersion");
        assertProblem(negativeStart, 400, "Invalid targetVersion", "targetVersion");
        assertProblem(beyondAnInt, 400, "Malformed request body", "sourceVersion");
    }

    @Test
    void pages_beyond_what_can_be_counted_are_refused_naming_the_page() {
        // The worklist API speaks bokmål to caseworkers unless they ask for English (docs/adr/0059).
        assertProblem(send("GET", "/api/agency/nav/tasks?page=2147483647&size=100", nav(), null, null), 400, "Ugyldig page", "page");
        assertProblem(send("GET", "/api/agency/nav/audit?page=2147483647&size=100&lang=en", admin(), null, null), 400, "Invalid page", "page");
        assertProblem(send("GET", "/api/agency/nav/tasks?page=99999999999", nav(), null, null), 400, "Bad Request", null);
        assertThat(send("GET", "/api/agency/nav/tasks?page=21474836&size=100", nav(), null, null).statusCode())
                .as("the last page that can be counted is an empty page, not an error").isEqualTo(200);
    }

    @Test
    void dates_with_years_the_database_cannot_hold_are_refused_naming_the_field() {
        // The worklist API speaks bokmål to caseworkers unless they ask for English (docs/adr/0059).
        assertProblem(send("GET", "/api/agency/nav/tasks?dueBefore=%2B999999999-12-31T23:59:59Z", nav(), null, null), 400,
                "Ugyldig dueBefore", "dueBefore");
        assertProblem(send("GET", "/api/agency/nav/tasks?dueBefore=-999999999-01-01T00:00:00Z&lang=en", nav(), null, null), 400,
                "Invalid dueBefore", "dueBefore");
        assertProblem(send("GET", "/api/agency/nav/sla?from=%2B999999999-01-01&to=%2B999999999-12-31", nav(), null, null), 400,
                "Ugyldig from", "from");
        assertProblem(send("GET", "/api/kpis?from=%2B999999999-01-01T00:00:00Z&to=%2B999999999-01-02T00:00:00Z", owner(), null, null),
                400, "Invalid to", "to");
        assertProblem(send("GET", "/api/kpis?from=-999999999-01-01T00:00:00Z&to=-999999999-01-02T00:00:00Z", owner(), null, null),
                400, "Invalid to", "to");
    }

    @Test
    void unknown_ids_are_not_found() {
        assertProblem(send("GET", "/api/cases/LE-2026-999999999", admin(), null, null), 404, "Case not found", null);
        assertProblem(send("GET", "/api/cases/not-a-reference", admin(), null, null), 404, "Case not found", null);
        assertProblem(send("GET", "/api/life-events/winning-the-lottery", null, null, null), 404, "Unknown life event", null);
        assertProblem(send("GET", "/api/models/migrations/no-such-batch", owner(), null, null), 404, "Migration not found", null);
        assertProblem(send("GET", "/api/agency/nav/tasks/no-such-task", nav(), null, null), 404, "Fant ikke", null);
        assertProblem(send("GET", "/api/agency/nav/tasks/no-such-task?lang=en", nav(), null, null), 404, "Not found", null);
        assertProblem(send("GET", "/api/agency/no-such-agency/tasks", nav(), null, null), 404, "Fant ikke", null);
    }

    @Test
    void requests_refused_before_any_controller_are_problem_details_too() {
        var anonymous = send("GET", "/api/cases/LE-2026-000001", null, null, null);
        var unknownUser = send("GET", "/api/agency/nav/tasks", basic("itnosuchuser", "wrong"), null, null);
        var notAProcessOwner = send("GET", "/api/kpis", nav(), null, null);
        var doubleSlash = send("GET", "/api/cases//LE-2026-000001", admin(), null, null);
        var encodedDots = send("GET", "/api/cases/%2e%2e/LE-2026-000001", admin(), null, null);

        assertProblem(anonymous, 401, "Unauthorized", null);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertProblem(unknownUser, 401, "Unauthorized", null);
        assertProblem(notAProcessOwner, 403, "Forbidden", null);
        assertProblem(doubleSlash, 400, "Bad Request", null);
        assertProblem(encodedDots, 400, "Bad Request", null);
    }

    // ---------------------------------------------------------------------------------------------------------

    private HttpResponse<String> send(String method, String path, String authorization, String contentType, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var sent = request.build();
            var response = client.send(sent, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(new ApiContract.Exchange(method, sent.uri(), sent.headers().map(),
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8), response.statusCode(), response.headers().map(),
                    response.body().getBytes(StandardCharsets.UTF_8)));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + title + "\"", "\"detail\":\"")
                .doesNotContain("Exception", "\tat ", "trace");
        if (field != null) {
            assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    private static String admin() {
        return basic(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    private static String owner() {
        return basic(OWNER, StaffUsers.passwordOf(OWNER));
    }

    private String nav() {
        return basic(staff.nav(), StaffUsers.passwordOf(staff.nav()));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
