package no.lifecase.lifeevent.havingachild;

import no.lifecase.decision.DecisionKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A Nav caseworker decided child benefit: the mother gets the decision letter, with the caseworker's reasons. */
@Component(HavingAChild.Delegate.SEND_CHILD_BENEFIT_DECISION)
class SendChildBenefitDecisionDelegate implements JavaDelegate {

    private final ChildBenefitLetters letters;

    SendChildBenefitDecisionDelegate(ChildBenefitLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.send(execution, DecisionKind.CASEWORKER);
    }
}
