package no.lifecase.casefile;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import no.lifecase.identity.InvalidIdentityNumber;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the errors a caller can act on into RFC 9457 problem details, for every REST controller of ours. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(InvalidIdentityNumber.class)
    ProblemDetail invalidIdentityNumber(InvalidIdentityNumber e) {
        return invalidField(e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField e) {
        return invalidField(e.field(), e.getMessage());
    }

    @ExceptionHandler(LifeEventNotAvailable.class)
    ProblemDetail lifeEventNotAvailable(LifeEventNotAvailable e) {
        return invalidField("lifeEvent", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
        problem.setTitle("Malformed request body");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem.setProperty("field", mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")));
        }
        return problem;
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail caseNotFound(CaseNotFound e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Case not found");
        return problem;
    }

    private static ProblemDetail invalidField(String field, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid " + field);
        problem.setProperty("field", field);
        return problem;
    }
}
