package no.lifecase.publicaddress;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * Every request is seen by the rest of Lifecase as a request to the {@link PublicAddress}: its scheme, host, port and
 * {@code Host} header are the configured ones, and the headers a sender could name another host with are hidden.
 * So whatever builds an absolute URL from the request (Spring Security's login redirects and saved requests, the
 * OAuth2 {@code {baseUrl}}, the Camunda webapps, Spring's URI builders) builds it on the public address, and a
 * relative redirect is made absolute on it too (the servlet container would otherwise use the request's own
 * {@code Host}). The request itself is answered as usual: a wrong {@code Host} gets no redirect to it (ADR 0036).
 */
final class PublicAddressFilter implements Filter {

    /** Headers that name the host, port, scheme or path prefix the sender says the request went to. */
    private static final Set<String> ADDRESS_HEADERS = Set.of("forwarded", "x-forwarded-host", "x-forwarded-port",
            "x-forwarded-proto", "x-forwarded-prefix", "x-forwarded-server");

    private final PublicAddress address;

    PublicAddressFilter(PublicAddress address) {
        this.address = address;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            var publicRequest = new PublicRequest(http, address);
            chain.doFilter(publicRequest, new PublicResponse(answer, publicRequest, address));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request as if it had been sent to the public address. */
    static final class PublicRequest extends HttpServletRequestWrapper {

        private final PublicAddress address;

        PublicRequest(HttpServletRequest request, PublicAddress address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getScheme() {
            return address.scheme();
        }

        @Override
        public String getServerName() {
            return address.host();
        }

        @Override
        public int getServerPort() {
            return address.port();
        }

        @Override
        public boolean isSecure() {
            return address.isHttps();
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(address.origin()).append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            if ("host".equalsIgnoreCase(name)) {
                return address.authority();
            }
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("host".equalsIgnoreCase(name)) {
                return Collections.enumeration(Set.of(address.authority()));
            }
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = Collections.list(super.getHeaderNames());
            names.removeIf(PublicRequest::hidden);
            return Collections.enumeration(names);
        }

        private static boolean hidden(String name) {
            return ADDRESS_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Makes a relative redirect absolute on the public address, as the container would on the request's own host. */
    static final class PublicResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final PublicAddress address;

        PublicResponse(HttpServletResponse response, HttpServletRequest request, PublicAddress address) {
            super(response);
            this.request = request;
            this.address = address;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location));
        }

        private String absolute(String location) {
            URI target;
            try {
                target = URI.create(location);
            } catch (IllegalArgumentException e) {
                return location;   // not a URI we can read; the container handles it as before
            }
            if (target.getScheme() != null || location.startsWith("//")) {
                return location;   // an address chosen on purpose, e.g. ID-porten's
            }
            return URI.create(address.origin() + request.getRequestURI()).resolve(target).toString();
        }
    }
}
