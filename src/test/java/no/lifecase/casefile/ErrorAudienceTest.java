package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which errors get the HTML page: a browser's, on a path outside the APIs (docs/adr/0049). */
class ErrorAudienceTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void the_apis_and_actuator_always_answer_problem_details() {
        for (var path : new String[] {"/api", "/api/cases/LE-2026-000001", "/actuator", "/actuator/health", "/engine-rest/task",
                "/v3/api-docs", "/v3/api-docs/citizen"}) {
            assertThat(ErrorAudience.wantsPage(accepting(BROWSER), path)).as(path).isFalse();
        }
    }

    @Test
    void a_browser_gets_a_page_elsewhere_and_any_other_caller_problem_details() {
        assertThat(ErrorAudience.wantsPage(accepting(BROWSER), "/min-side/saker/x")).isTrue();
        assertThat(ErrorAudience.wantsPage(accepting("text/html"), "/apikey")).as("only /api itself and below").isTrue();
        assertThat(ErrorAudience.wantsPage(accepting("*/*"), "/min-side")).as("curl's default").isFalse();
        assertThat(ErrorAudience.wantsPage(accepting("application/json"), "/min-side")).isFalse();
        assertThat(ErrorAudience.wantsPage(accepting(null), "/min-side")).isFalse();
        assertThat(ErrorAudience.wantsPage(accepting("not a media type"), "/min-side")).isFalse();
    }

    private static MockHttpServletRequest accepting(String accept) {
        var request = new MockHttpServletRequest();
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }
}
