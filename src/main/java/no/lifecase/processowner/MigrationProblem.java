package no.lifecase.processowner;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A migration request the process owner must change: carries the problem details (RFC 9457) to answer with. */
class MigrationProblem extends RuntimeException {

    static final URI PLAN_TYPE = URI.create("https://lifecase.no/problems/migration-plan");
    static final URI INSTANCES_TYPE = URI.create("https://lifecase.no/problems/migration-instances");

    private final transient ProblemDetail problem;

    private MigrationProblem(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    static MigrationProblem of(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new MigrationProblem(problem);
    }

    MigrationProblem type(URI type) {
        problem.setType(type);
        return this;
    }

    MigrationProblem with(String property, Object value) {
        problem.setProperty(property, value);
        return this;
    }

    ProblemDetail problem() {
        return problem;
    }
}
