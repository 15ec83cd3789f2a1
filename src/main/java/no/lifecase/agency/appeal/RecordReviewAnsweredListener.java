package no.lifecase.agency.appeal;

import no.lifecase.agency.appeal.AppealNames.Variable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the deciding agency completes "Se på det automatiske vedtaket": its answer, recorded on the case. */
@Component("recordReviewAnswered")
class RecordReviewAnsweredListener implements TaskListener {

    private final Appeals appeals;

    RecordReviewAnsweredListener(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public void notify(DelegateTask task) {
        appeals.reviewAnswered((String) task.getVariable(Variable.APPEAL_ID), (String) task.getVariable(Variable.REVIEW_OUTCOME),
                (String) task.getVariable(Variable.REVIEW_ANSWER));
    }
}
