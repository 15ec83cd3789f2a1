package no.lifecase.caseworker;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine's answers that a worklist caller can act on, as problem details. (Our own refusals are
 * {@link WorklistProblem}s; malformed requests are handled for every controller by casefile's ApiProblems.)
 */
@RestControllerAdvice(assignableTypes = {WorklistController.class, TaskDistributionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WorklistProblems {

    private final WorklistProblemTexts texts;

    WorklistProblems(WorklistProblemTexts texts) {
        this.texts = texts;
    }

    /** Two people acted on the same task at once; the other one won. */
    @ExceptionHandler({TaskAlreadyClaimedException.class, OptimisticLockingException.class})
    ProblemDetail changedMeanwhile(RuntimeException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The task was changed by someone else meanwhile; reload it");
        problem.setTitle("Task changed meanwhile");
        return texts.said(problem, "changedMeanwhile", request);
    }

    /** The engine's own check refused: the caller's groups do not allow this on the task. */
    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail notAuthorized(AuthorizationException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this with the task");
        problem.setTitle("Not allowed");
        return texts.said(problem, "notAuthorized", request);
    }

    /** The task ended between our look-up and the engine's (completed by someone else). */
    @ExceptionHandler({NotFoundException.class, NullValueException.class})
    ProblemDetail gone(RuntimeException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Task not found");
        problem.setTitle("Not found");
        return texts.said(problem, "taskNotFound", request);
    }
}
