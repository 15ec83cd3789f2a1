package no.lifecase.agency.appeal;

import no.lifecase.agency.appeal.AppealNames.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send det endrede vedtaket" and "Send klageinstansens vedtak": the appellant gets the decision the appeal ended in.
 * The step's instance and id are the sending key, so a retried step posts the same letter, not a second one.
 */
@Component("sendAppealDecision")
class SendAppealDecisionDelegate implements JavaDelegate {

    private final AppealDecisionLetters letters;

    SendAppealDecisionDelegate(AppealDecisionLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.send((String) execution.getVariable(Variable.APPEAL_ID),
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
