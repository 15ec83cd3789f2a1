package no.lifecase.casefile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The framework's own errors (no such path, a method or media type the path does not take, a missing or unreadable
 * parameter) as RFC 9457 problem details, as Spring Boot's handler for {@code spring.mvc.problemdetails} gives them,
 * which this replaces (docs/adr/0049). Two differences: a browser asking for a page gets the readable error page instead
 * (through {@code /error}, see {@link ApiErrorController}), and "no such path" says so rather than naming Spring's
 * handler of static files.
 */
@ControllerAdvice
class FrameworkProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail("Nothing is found at this path");
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && !servlet.getResponse().isCommitted()
                && ErrorAudience.wantsPage(servlet.getRequest(), pathOf(servlet.getRequest()))) {
            return errorPage(servlet.getResponse(), headers, status);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** The container forwards to /error, which renders the page; headers such as Allow go along. */
    private static ResponseEntity<Object> errorPage(HttpServletResponse response, HttpHeaders headers, HttpStatusCode status) {
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            response.sendError(status.value());
        } catch (IOException clientGone) {
            // nobody left to answer
        }
        return null;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
