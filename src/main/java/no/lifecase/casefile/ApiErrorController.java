package no.lifecase.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reach one of our controllers end at {@code /error}: Spring Security's login challenges and refusals,
 * its firewall, the servlet container's refusals, and the framework's errors on pages. Every such error is RFC 9457
 * problem details (ADR 0036, 0049), except for a browser asking for a page outside the APIs, which gets the readable
 * error page {@code templates/error.html} in bokmål or English.
 */
class ApiErrorController extends BasicErrorController {

    private final ObjectMapper json;

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> errorViewResolvers,
                       ObjectMapper json) {
        super(errorAttributes, server.getError(), errorViewResolvers);
        this.json = json;
    }

    /** Chosen when the request accepts HTML: a page, unless the path is an API's, whose errors are always problem details. */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        var path = pathOf(request);
        var status = getStatus(request);
        if (ErrorAudience.wantsPage(request, path)) {
            response.setStatus(status.value());
            return new ModelAndView("error", Map.of("status", status.value(), "kind", kindOf(status)));
        }
        if (status != HttpStatus.NO_CONTENT) {
            try {
                response.setStatus(status.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem(status, path));
            } catch (IOException clientGone) {
                // nobody left to answer
            }
        }
        return null;   // answered here
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status, pathOf(request)));
    }

    private static Map<String, Object> problem(HttpStatus status, String path) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detailOf(status));
        problem.put("instance", path);
        return problem;
    }

    /** The path the request was for, without the context path; the error dispatch itself is to /error. */
    private static String pathOf(HttpServletRequest request) {
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? "/" : uri.substring(request.getContextPath().length());
    }

    /** Says what the caller can do, without the exception's own words (they can hold the request's data). */
    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused before it reached the API: check the path, its encoding and the headers";
            case UNAUTHORIZED -> "Log in first";
            case FORBIDDEN -> "You may not do this";
            case NOT_FOUND -> "Nothing is found at this path";
            case METHOD_NOT_ALLOWED -> "This path does not take this method";
            default -> status.is4xxClientError() ? "The request was refused" : "The request could not be handled; try again later";
        };
    }

    /** Which of the error page's texts (error.<kind>.* in messages*.properties) fits the status. */
    private static String kindOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            default -> status.is4xxClientError() ? "refused" : "server-error";
        };
    }

    /** Replaces Spring Boot's own error controller (it steps aside for any other ErrorController bean). */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ApiErrorController apiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                              ObjectProvider<ErrorViewResolver> errorViewResolvers, ObjectMapper json) {
            return new ApiErrorController(errorAttributes, server, errorViewResolvers.orderedStream().toList(), json);
        }
    }
}
