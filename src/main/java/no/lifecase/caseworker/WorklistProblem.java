package no.lifecase.caseworker;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What the worklist API refuses, each as RFC 9457 problem details with the status that says why. The English title and
 * detail are the fallback; {@link WorklistProblemTexts} says them in the caseworker's language where {@code messages-staff}
 * has them ({@code problem.title.<status>}, and {@code problem.detail.<code>} for a problem made with a code).
 */
abstract class WorklistProblem extends ErrorResponseException {

    WorklistProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    WorklistProblem(HttpStatus status, String title, String detail, String code, Object... arguments) {
        super(status, problem(status, title, detail), null, "problem.detail." + code, arguments);
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.title." + getStatusCode().value();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** An agency that is not in the catalogue, or a task that is not (or no longer) one of the agency's. */
    static class NotFound extends WorklistProblem {
        NotFound(String detail) {
            super(HttpStatus.NOT_FOUND, "Not found", detail);
        }

        NotFound(String detail, String code, Object... arguments) {
            super(HttpStatus.NOT_FOUND, "Not found", detail, code, arguments);
        }
    }

    /** The caller does not work for the agency, or may not do this to the task. */
    static class Forbidden extends WorklistProblem {
        Forbidden(String detail, String code, Object... arguments) {
            super(HttpStatus.FORBIDDEN, "Not allowed", detail, code, arguments);
        }
    }

    /** The task is someone else's right now. */
    static class Conflict extends WorklistProblem {
        Conflict(String detail) {
            super(HttpStatus.CONFLICT, "Task claimed by someone else", detail);
        }

        Conflict(String detail, String code, Object... arguments) {
            super(HttpStatus.CONFLICT, "Task claimed by someone else", detail, code, arguments);
        }
    }

    /**
     * A request the worklist understands but cannot carry out: a colleague outside the agency, an agency of another kind.
     * Each has its own title ({@code problem.title.<code>}), since 422 alone says little.
     */
    static class Unprocessable extends WorklistProblem {
        private final String code;

        Unprocessable(String title, String detail, String code, Object... arguments) {
            super(HttpStatus.UNPROCESSABLE_ENTITY, title, detail, code, arguments);
            this.code = code;
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.title." + code;
        }
    }

    /** Submitted form values that the task's form does not accept: every invalid field is named. */
    static class InvalidFormValues extends WorklistProblem {
        InvalidFormValues(List<FormValues.Problem> problems) {
            super(HttpStatus.BAD_REQUEST, "Invalid form values",
                    problems.size() == 1 ? "1 field is not valid" : problems.size() + " fields are not valid",
                    "invalidFormValues", problems.size());
            getBody().setProperty("errors", problems);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.title.invalidFormValues";
        }
    }
}
