package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The case reference on every log line of the work on a case, and only there (docs/adr/0048). */
class CaseLogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_case_named_inside_another_gives_the_outer_one_back_when_it_ends() {
        try (var outer = CaseLogContext.of(CaseReference.of("LE-2026-000001"))) {
            try (var inner = CaseLogContext.of(CaseReference.of("LE-2026-000002"))) {
                assertThat(MDC.get(CaseLogContext.KEY)).isEqualTo("LE-2026-000002");
            }
            assertThat(MDC.get(CaseLogContext.KEY)).isEqualTo("LE-2026-000001");
        }
        assertThat(MDC.get(CaseLogContext.KEY)).isNull();
    }

    @Test
    void a_text_that_is_no_case_reference_leaves_the_log_as_it_is() {
        try (var outer = CaseLogContext.of(CaseReference.of("LE-2026-000001"))) {
            try (var none = CaseLogContext.ofText(null); var other = CaseLogContext.ofText("not-a-case")) {
                assertThat(MDC.get(CaseLogContext.KEY)).isEqualTo("LE-2026-000001");
            }
            assertThat(MDC.get(CaseLogContext.KEY)).isEqualTo("LE-2026-000001");
        }
    }

    @Test
    void a_request_whose_path_names_a_case_logs_it_while_it_runs_and_no_longer() throws Exception {
        var seen = new ArrayList<String>();
        FilterChain chain = (request, response) -> seen.add(MDC.get(CaseLogContext.KEY));
        var filter = new CaseReferenceLogFilter();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/cases/LE-2026-000123/plan"), new MockHttpServletResponse(), chain);
        filter.doFilter(new MockHttpServletRequest("GET", "/min-side/saker/LE-2026-000124"), new MockHttpServletResponse(), chain);
        filter.doFilter(new MockHttpServletRequest("GET", "/api/cases"), new MockHttpServletResponse(), chain);
        filter.doFilter(new MockHttpServletRequest("GET", "/api/cases/XLE-2026-000125"), new MockHttpServletResponse(), chain);

        assertThat(seen).containsExactly("LE-2026-000123", "LE-2026-000124", null, null);
        assertThat(MDC.get(CaseLogContext.KEY)).isNull();
    }
}
