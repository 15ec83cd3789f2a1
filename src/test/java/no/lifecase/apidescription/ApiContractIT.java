package no.lifecase.apidescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.lifecase.testsupport.ApiContract;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contract check the integration tests run on every answer of Lifecase's API ({@link ApiContract}) fails on drift:
 * an answer the description does not allow, seen as a test would receive it. The answers here are the catalogue's real
 * one and that answer changed the way a change to the code would change it.
 */
@LifecaseIT
class ApiContractIT {

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Test
    void the_real_answer_keeps_to_the_description() {
        assertThatNoException().isThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events", 200, "application/json", catalogue())));
    }

    @Test
    void a_field_of_another_type_fails() {
        var changed = catalogue().replaceFirst("\"deployedVersion\":(\\d+|null)", "\"deployedVersion\":\"latest\"");

        assertThatThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events", 200, "application/json", changed)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("deployedVersion");
    }

    @Test
    void a_null_where_the_description_has_no_null_fails() {
        var changed = catalogue().replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":null");

        assertThatThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events", 200, "application/json", changed)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("kind");
    }

    @Test
    void a_field_the_description_does_not_have_fails() {
        var changed = catalogue().replaceFirst("\\{\"id\":", "{\"nickname\":\"baby\",\"id\":");

        assertThatThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events", 200, "application/json", changed)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("nickname");
    }

    @Test
    void a_status_the_operation_does_not_list_fails() {
        var problem = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"instance\":\"/api/life-events\"}";

        assertThatThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events", 409, "application/problem+json", problem)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("409");
    }

    @Test
    void an_error_that_is_not_problem_details_fails() {
        assertThatThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events/no-such-event", 404, "text/html", "<h1>Not found</h1>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ApiContract.check(answer("GET", "/api/life-events/no-such-event", 404, "application/problem+json",
                "{\"title\":\"Not found\"}"))).isInstanceOf(AssertionError.class).hasMessageContaining("status");
    }

    @Test
    void an_answer_from_an_operation_the_description_does_not_have_fails_unless_it_is_a_refusal() {
        assertThatThrownBy(() -> ApiContract.check(answer("DELETE", "/api/life-events/having-a-child", 204, null, "")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no such operation");
        assertThatNoException().isThrownBy(() -> ApiContract.check(answer("DELETE", "/api/life-events/having-a-child", 403,
                "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
    }

    @Test
    void test_rest_template_holds_every_answer_to_the_description() {
        assertThat(http.getRestTemplate().getInterceptors()).isNotEmpty();
        assertThat(http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD).getRestTemplate().getInterceptors()).isNotEmpty();
    }

    private String catalogue() {
        return http.getForObject("/api/life-events", String.class);
    }

    private ApiContract.Exchange answer(String method, String path, int status, String contentType, String body) {
        var headers = contentType == null ? Map.<String, List<String>>of() : Map.of("Content-Type", List.of(contentType));
        return new ApiContract.Exchange(method, URI.create("http://localhost:" + port + path), Map.of("Accept", List.of("application/json")),
                null, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
