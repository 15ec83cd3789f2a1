package no.lifecase.casefile;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Who an error answer is for (docs/adr/0049). Lifecase's APIs and Actuator answer every error with RFC 9457 problem
 * details, whatever the request accepts; so does every other path to a caller that does not ask for HTML. A browser
 * asking for a page gets a readable HTML page instead.
 */
final class ErrorAudience {

    /** The paths of the APIs: ours, Actuator's, the engine's REST API (for the refusals Lifecase makes there). */
    private static final List<String> API_PATHS = List.of("/api", "/actuator", "/engine-rest", "/v3/api-docs");

    private ErrorAudience() {
    }

    /** Whether the error on this path, asked for as this request asks, is answered with an HTML page. */
    static boolean wantsPage(HttpServletRequest request, String path) {
        return !isApi(path) && acceptsHtml(request.getHeader(HttpHeaders.ACCEPT));
    }

    static boolean isApi(String path) {
        return API_PATHS.stream().anyMatch(api -> path.equals(api) || path.startsWith(api + "/"));
    }

    /** Names HTML itself, as browsers do; a bare wildcard ({@code curl}'s default) is an API caller's. */
    private static boolean acceptsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
