package no.lifecase.apidescription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.lifecase.testsupport.ApiContract;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI description is the contract of Lifecase's API (docs/adr/0045): one group per audience with only its own
 * paths, every operation with a summary, its real login and every status it answers, errors as problem details, fields
 * that may be null marked so. The linters' rules are {@link OpenApiLintIT}'s; whether every answer keeps to the
 * description, {@link ApiContract}'s.
 */
@LifecaseIT
class ApiDescriptionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "#/components/schemas/Problem";

    /** The success of every operation, as its controller answers it. */
    private static final Map<String, String> SUCCESS = Map.ofEntries(
            Map.entry("GET /api/citizen/cases", "200"),
            Map.entry("GET /api/citizen/cases/{reference}", "200"),
            Map.entry("GET /api/citizen/cases/{reference}/estate-overview", "200"),
            Map.entry("GET /api/citizen/documents", "200"),
            Map.entry("GET /api/citizen/documents/{id}", "200"),
            Map.entry("POST /api/citizen/documents/{id}/appeal", "201"),
            Map.entry("POST /api/citizen/documents/{id}/review-request", "201"),
            Map.entry("GET /api/citizen/life-events", "200"),
            Map.entry("POST /api/citizen/life-events/{id}", "201"),
            Map.entry("GET /api/cases", "200"),
            Map.entry("POST /api/cases", "201"),
            Map.entry("GET /api/cases/{reference}", "200"),
            Map.entry("GET /api/cases/{reference}/plan", "200"),
            Map.entry("GET /api/cases/{reference}/decisions", "200"),
            Map.entry("GET /api/agency/{agency}/tasks", "200"),
            Map.entry("GET /api/agency/{agency}/tasks/{taskId}", "200"),
            Map.entry("GET /api/agency/{agency}/tasks/{taskId}/timeline", "200"),
            Map.entry("POST /api/agency/{agency}/tasks/{taskId}/claim", "200"),
            Map.entry("POST /api/agency/{agency}/tasks/{taskId}/unclaim", "200"),
            Map.entry("POST /api/agency/{agency}/tasks/{taskId}/complete", "204"),
            Map.entry("GET /api/agency/{agency}/sla", "200"),
            Map.entry("GET /api/agency/{agency}/audit", "200"),
            Map.entry("POST /api/agency/{agency}/tasks/claim", "200"),
            Map.entry("POST /api/agency/{agency}/tasks/assign", "200"),
            Map.entry("POST /api/agency/{agency}/tasks/{taskId}/hand-over", "200"),
            Map.entry("GET /api/agency/{agency}/holders", "200"),
            Map.entry("GET /api/models", "200"),
            Map.entry("POST /api/models", "201"),
            Map.entry("POST /api/models/validation", "200"),
            Map.entry("POST /api/models/migrations/plan", "200"),
            Map.entry("POST /api/models/migrations", "202"),
            Map.entry("GET /api/models/migrations/{batchId}", "200"),
            Map.entry("GET /api/kpis", "200"),
            Map.entry("GET /api/reference-data", "200"),
            Map.entry("GET /api/reference-data/{kind}", "200"),
            Map.entry("POST /api/reference-data/{kind}", "201"),
            Map.entry("GET /api/life-events", "200"),
            Map.entry("GET /api/life-events/{id}", "200"));

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void each_audience_has_a_group_with_only_its_own_paths_and_every_path_is_in_one() throws IOException {
        var everyPath = new TreeSet<String>();
        for (var audience : ApiAudience.values()) {
            var paths = names(document(audience).path("paths"));
            assertThat(paths).as(audience.group()).isNotEmpty().allMatch(audience::owns);
            everyPath.addAll(paths);
        }
        var whole = names(json("/v3/api-docs").path("paths"));

        assertThat(whole).as("the whole description: Lifecase's API only, each path in one audience's group")
                .allMatch(path -> path.startsWith("/api/")).isEqualTo(everyPath);
        assertThat(operations(json("/v3/api-docs")).keySet()).isEqualTo(SUCCESS.keySet());
    }

    @Test
    void every_operation_says_what_it_does_who_may_call_it_and_what_it_answers() throws IOException {
        for (var audience : ApiAudience.values()) {
            var document = document(audience);
            operations(document).forEach((name, operation) -> {
                assertThat(operation.path("summary").asText()).as(name + " summary").isNotBlank();
                assertThat(operation.path("description").asText()).as(name + " description").isNotBlank();
                assertThat(operation.path("operationId").asText()).as(name + " operationId").matches("[a-z][A-Za-z]+");
                assertThat(operation.path("tags")).as(name + " tags").isNotEmpty();

                var security = operation.path("security");
                assertThat(security.isArray()).as(name + " security").isTrue();
                audience.securityScheme().ifPresentOrElse(
                        scheme -> assertThat(names(security.get(0))).as(name + " security").containsExactly(scheme),
                        () -> assertThat(security).as(name + " security: open to anyone").isEmpty());

                var responses = operation.path("responses");
                assertThat(names(responses)).as(name + " success").contains(SUCCESS.get(name));
                assertThat(names(responses)).as(name + ": no status springdoc makes up").doesNotContain("default");
                if (audience.securityScheme().isPresent()) {
                    assertThat(names(responses)).as(name + " answers without a login").contains("401");
                }
                if (operation.has("requestBody")) {
                    assertThat(names(responses)).as(name + " answers to an unreadable body").contains("400", "415");
                }
                responses.fields().forEachRemaining(response -> {
                    var content = response.getValue().path("content");
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(names(content)).as(name + " " + response.getKey()).containsExactly("application/problem+json");
                        assertThat(content.path("application/problem+json").path("schema").path("$ref").asText())
                                .as(name + " " + response.getKey()).isEqualTo(PROBLEM);
                    } else {
                        assertThat(names(content)).as(name + " " + response.getKey()).allMatch(type -> type.equals("application/json"));
                    }
                });
            });
        }
    }

    @Test
    void a_field_that_may_be_null_is_nullable() throws IOException {
        var cases = document(ApiAudience.CASES).path("components").path("schemas");
        assertThat(cases.path("CaseView").path("properties").path("closedAt").path("nullable").asBoolean()).isTrue();
        assertThat(cases.path("CaseView").path("properties").path("openedAt").path("nullable").asBoolean()).isFalse();
        assertThat(cases.path("TimelineEntryView").path("properties").path("agency").path("nullable").asBoolean()).isTrue();
        assertThat(cases.path("PlanStepView").path("properties").path("expectedBy").path("nullable").asBoolean()).isTrue();

        var catalogue = document(ApiAudience.PUBLIC_CATALOGUE).path("components").path("schemas");
        assertThat(catalogue.path("AgencyView").path("properties").path("id").path("nullable").asBoolean()).isTrue();
        assertThat(catalogue.path("AgencyView").path("properties").path("kind").path("nullable").asBoolean()).isFalse();

        var agencies = document(ApiAudience.AGENCIES).path("components").path("schemas");
        var median = agencies.path("SlaFigures").path("properties").path("medianTimeToComplete").path("anyOf");
        assertThat(median.get(0).path("$ref").asText()).isEqualTo("#/components/schemas/TimeToComplete");
        assertThat(median.get(1).path("nullable").asBoolean()).isTrue();
        assertThat(median.get(1).path("enum").get(0).isNull()).isTrue();

        var owners = document(ApiAudience.PROCESS_OWNERS).path("components").path("schemas");
        assertThat(owners.path("LifeEventKpis").path("properties").path("medianLeadTime").path("anyOf").get(1).path("nullable").asBoolean())
                .isTrue();
        assertThat(owners.path("MigrationProgress").path("properties").path("batch").path("anyOf").get(0).path("$ref").asText())
                .isEqualTo("#/components/schemas/BatchFigures");
        assertThat(owners.path("LifeEventKpis").path("properties").path("shareWithoutManualTask").path("nullable").asBoolean()).isTrue();
    }

    @Test
    void a_schema_name_means_the_same_schema_in_every_group() throws IOException {
        var whole = json("/v3/api-docs").path("components").path("schemas");
        for (var audience : ApiAudience.values()) {
            document(audience).path("components").path("schemas").fields().forEachRemaining(schema ->
                    assertThat(schema.getValue()).as(audience.group() + " " + schema.getKey()).isEqualTo(whole.path(schema.getKey())));
        }
    }

    /** The description's login is the real one: without it, each operation of a guarded audience is refused as described. */
    @Test
    void every_guarded_operation_refuses_a_caller_without_a_login() throws IOException {
        for (var audience : ApiAudience.values()) {
            operations(document(audience)).forEach((name, operation) -> {
                var method = name.substring(0, name.indexOf(' '));
                var path = name.substring(name.indexOf(' ') + 1);
                var contentType = operation.path("requestBody").path("content").fieldNames();
                var answer = call(method, withExamples(path), contentType.hasNext() ? contentType.next() : null);
                if (audience.securityScheme().isEmpty()) {
                    assertThat(answer.statusCode()).as(name).isEqualTo(200);
                } else if (audience == ApiAudience.CITIZEN && !method.equals("GET")) {
                    assertThat(answer.statusCode()).as(name + ": no session and no CSRF token").isIn(401, 403);
                } else {
                    assertThat(answer.statusCode()).as(name).isEqualTo(401);
                }
            });
        }
    }

    private HttpResponse<String> call(String method, String path, String contentType) {
        var body = contentType == null ? null : "{}";
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var sent = request.build();
            var response = http.send(sent, HttpResponse.BodyHandlers.ofString());
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

    private static String withExamples(String path) {
        return path.replace("{reference}", "LE-2026-000001").replace("{id}", "having-a-child").replace("{agency}", "nav")
                .replace("{taskId}", "no-such-task").replace("{batchId}", "no-such-batch").replace("{kind}", "basic-amount");
    }

    private JsonNode document(ApiAudience audience) throws IOException {
        return json("/v3/api-docs/" + audience.group());
    }

    private JsonNode json(String path) throws IOException {
        return JSON.readTree(get(path));
    }

    private String get(String path) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "METHOD /path" to the operation, for every operation of the document. */
    private static Map<String, JsonNode> operations(JsonNode document) {
        var operations = new TreeMap<String, JsonNode>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
        return operations;
    }

    private static Set<String> names(JsonNode node) {
        var names = new TreeSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
