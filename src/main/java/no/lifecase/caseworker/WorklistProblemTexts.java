package no.lifecase.caseworker;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import no.lifecase.casefile.InvalidField;
import no.lifecase.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The worklist API's refusals in the caseworker's language (docs/adr/0059): the same choice as its answers ({@code lang},
 * {@code Accept-Language}, the agency's own), from the bundle {@code messages-staff}. A refusal the bundle has no text
 * for keeps its English; the members a program acts on ({@code field}, {@code errors}) never change.
 */
@RestControllerAdvice(assignableTypes = {WorklistController.class, TaskDistributionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorklistProblemTexts {

    private final MessageSource messages;
    private final StaffLanguage staffLanguage;

    WorklistProblemTexts(MessageSource messages, StaffLanguage staffLanguage) {
        this.messages = messages;
        this.staffLanguage = staffLanguage;
    }

    @ExceptionHandler(WorklistProblem.class)
    ResponseEntity<ProblemDetail> refused(WorklistProblem problem, HttpServletRequest request) {
        var body = problem.updateAndGetBody(messages, languageOf(request).locale());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).body(body);
    }

    /** A parameter of the worklist API that is not valid: named in {@code field}, said in the caseworker's language. */
    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField invalid, HttpServletRequest request) {
        var locale = languageOf(request).locale();
        var detail = invalid.code()
                .map(code -> messages.getMessage("problem.detail." + code, invalid.arguments(), invalid.getMessage(), locale))
                .orElseGet(() -> messages.getMessage("problem.field." + invalid.field() + ".invalid",
                        new Object[] {WorklistController.MAX_PAGE_SIZE}, invalid.getMessage(), locale));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("problem.title.invalidField", new Object[] {invalid.field()}, "Invalid " + invalid.field(), locale));
        problem.setProperty("field", invalid.field());
        return problem;
    }

    /** The title and detail of one of the engine's refusals ({@link WorklistProblems}) in the caller's language. */
    ProblemDetail said(ProblemDetail problem, String code, HttpServletRequest request) {
        var locale = languageOf(request).locale();
        problem.setTitle(messages.getMessage("problem.title." + problem.getStatus(), null, problem.getTitle(), locale));
        problem.setDetail(messages.getMessage("problem.detail." + code, null, problem.getDetail(), locale));
        return problem;
    }

    private Language languageOf(HttpServletRequest request) {
        String agency = null;
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("agency") instanceof String id) {
            agency = id;
        }
        try {
            return staffLanguage.of(agency, request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (InvalidField unknownLang) {
            return staffLanguage.of(agency, null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
    }
}
