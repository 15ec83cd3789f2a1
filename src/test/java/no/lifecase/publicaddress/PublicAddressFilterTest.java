package no.lifecase.publicaddress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the rest of Lifecase sees of a request whose Host (and forwarded headers) name another host. */
class PublicAddressFilterTest {

    private final PublicAddressFilter filter = new PublicAddressFilter(PublicAddress.of("https://lifecase.example.no"));

    @Test
    void the_request_is_a_request_to_the_public_address_whatever_host_it_names() throws Exception {
        var request = hostile("/min-side");
        var seen = new AtomicReference<HttpServletRequest>();

        filter.doFilter(request, new MockHttpServletResponse(), (inner, outer) -> seen.set((HttpServletRequest) inner));

        var inner = seen.get();
        assertThat(inner.getScheme()).isEqualTo("https");
        assertThat(inner.getServerName()).isEqualTo("lifecase.example.no");
        assertThat(inner.getServerPort()).isEqualTo(443);
        assertThat(inner.isSecure()).isTrue();
        assertThat(inner.getRequestURL()).hasToString("https://lifecase.example.no/min-side");
        assertThat(inner.getHeader("Host")).isEqualTo("lifecase.example.no");
        assertThat(Collections.list(inner.getHeaders("host"))).containsExactly("lifecase.example.no");
        assertThat(inner.getHeader("X-Forwarded-Host")).isNull();
        assertThat(inner.getHeader("Forwarded")).isNull();
        assertThat(Collections.list(inner.getHeaderNames())).doesNotContain("X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded")
                .contains("Accept");
        assertThat(inner.getHeader("Accept")).isEqualTo("text/html");
    }

    @Test
    void a_relative_redirect_is_made_absolute_on_the_public_address_and_an_absolute_one_is_left_alone() throws Exception {
        var relative = new MockHttpServletResponse();
        var sibling = new MockHttpServletResponse();
        var absolute = new MockHttpServletResponse();

        filter.doFilter(hostile("/min-side"), relative, (inner, outer) -> ((HttpServletResponse) outer).sendRedirect("/min-side/oauth2/authorization/idporten"));
        filter.doFilter(hostile("/min-side/ny-sak/x"), sibling, (inner, outer) -> ((HttpServletResponse) outer).sendRedirect("y"));
        filter.doFilter(hostile("/min-side"), absolute, (inner, outer) -> ((HttpServletResponse) outer).sendRedirect("https://login.idporten.no/authorize"));

        assertThat(relative.getRedirectedUrl()).isEqualTo("https://lifecase.example.no/min-side/oauth2/authorization/idporten");
        assertThat(sibling.getRedirectedUrl()).isEqualTo("https://lifecase.example.no/min-side/ny-sak/y");
        assertThat(absolute.getRedirectedUrl()).isEqualTo("https://login.idporten.no/authorize");
    }

    private static MockHttpServletRequest hostile(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setScheme("http");
        request.setServerName("evil.example");
        request.setServerPort(80);
        request.addHeader("Host", "evil.example");
        request.addHeader("X-Forwarded-Host", "evil.example");
        request.addHeader("X-Forwarded-Proto", "http");
        request.addHeader("Forwarded", "host=evil.example;proto=http");
        request.addHeader("Accept", "text/html");
        return request;
    }
}
