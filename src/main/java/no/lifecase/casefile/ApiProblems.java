package no.lifecase.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Pattern;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Turns the errors a caller can act on into RFC 9457 problem details, for every REST controller of ours. Just below the
 * top, so that a controller's own advice (the worklist API's, which speaks the caseworker's language) comes first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiProblems {

    /** How Jackson's strict duplicate detection (spring.jackson.parser) names the field it saw twice. */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'");

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
        if (e.getCause() == null) {
            problem.setDetail("The request needs a JSON body");
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem.setProperty("field", mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")));
        } else if (e.getCause() instanceof JsonProcessingException json && json.getOriginalMessage() != null) {
            var duplicate = DUPLICATE_FIELD.matcher(json.getOriginalMessage());
            if (duplicate.find()) {
                problem.setDetail("The field '" + duplicate.group(1) + "' appears more than once; name each field once");
                problem.setProperty("field", duplicate.group(1));
            }
        }
        return problem;
    }

    /** A body that says it is multipart/form-data but is not (no boundary, cut short). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than this server accepts");
            problem.setTitle("Upload too large");
            return problem;
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid multipart/form-data (each part between boundaries named in Content-Type)");
        problem.setTitle("Malformed multipart body");
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
