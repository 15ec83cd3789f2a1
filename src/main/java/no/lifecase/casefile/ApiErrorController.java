package no.lifecase.casefile;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * Errors that never reach one of our controllers end at {@code /error}: Spring Security's firewall and its login
 * challenges, the servlet container's refusals. For our APIs ({@code /api/**}) that answer is RFC 9457 problem details
 * too, like every other error there (ADR 0036); pages and the rest keep Spring Boot's error answers.
 */
class ApiErrorController extends BasicErrorController {

    private static final String API = "/api/";

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, server.getError(), errorViewResolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path == null || !path.substring(request.getContextPath().length()).startsWith(API)) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detailOf(status));
        problem.put("instance", path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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

    /** Replaces Spring Boot's own error controller (it steps aside for any other ErrorController bean). */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ApiErrorController apiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                              ObjectProvider<ErrorViewResolver> errorViewResolvers) {
            return new ApiErrorController(errorAttributes, server, errorViewResolvers.orderedStream().toList());
        }
    }
}
