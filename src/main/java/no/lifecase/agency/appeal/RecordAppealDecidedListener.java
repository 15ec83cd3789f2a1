package no.lifecase.agency.appeal;

import no.lifecase.agency.appeal.AppealNames.Variable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the appeal body completes "Avgjør klagen": its final decision, for the citizen's pages. */
@Component("recordAppealDecided")
class RecordAppealDecidedListener implements TaskListener {

    private final Appeals appeals;

    RecordAppealDecidedListener(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public void notify(DelegateTask task) {
        appeals.decidedByAppealBody((String) task.getVariable(Variable.APPEAL_ID),
                (String) task.getVariable(Variable.APPEAL_BODY_OUTCOME), (String) task.getVariable(Variable.APPEAL_BODY_REASONS));
    }
}
