package no.lifecase.agency.appeal;

import no.lifecase.agency.appeal.AppealNames.Variable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the deciding agency completes "Vurder klagen": what it decided, for the citizen's pages. */
@Component("recordAppealConsidered")
class RecordAppealConsideredListener implements TaskListener {

    private final Appeals appeals;

    RecordAppealConsideredListener(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public void notify(DelegateTask task) {
        appeals.considered((String) task.getVariable(Variable.APPEAL_ID), (String) task.getVariable(Variable.APPEAL_OUTCOME),
                (String) task.getVariable(Variable.APPEAL_REASONS));
    }
}
