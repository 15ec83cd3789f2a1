package no.lifecase.decision;

import java.util.Optional;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;

/**
 * Keeps the decision the DMN engine evaluated for a decision task, with its inputs and matching rules, from the
 * evaluation until the task ends (in the same thread and transaction) and records it. Evaluations no decision task
 * waits for (routing tables) are not kept.
 */
class EvaluatedDecisions implements DmnDecisionEvaluationListener {

    private final ThreadLocal<Boolean> expecting = new ThreadLocal<>();
    private final ThreadLocal<DmnDecisionEvaluationEvent> last = new ThreadLocal<>();

    @Override
    public void notify(DmnDecisionEvaluationEvent event) {
        if (Boolean.TRUE.equals(expecting.get())) {
            last.set(event);
        }
    }

    /** A decision task starts: keep the next evaluation on this thread. */
    void expect() {
        last.remove();
        expecting.set(Boolean.TRUE);
    }

    /** The evaluation since {@link #expect()}, handed over once. */
    Optional<DmnDecisionEvaluationEvent> take() {
        var event = Optional.ofNullable(last.get());
        last.remove();
        expecting.remove();
        return event;
    }
}
