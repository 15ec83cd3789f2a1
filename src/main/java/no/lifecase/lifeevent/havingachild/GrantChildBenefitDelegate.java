package no.lifecase.lifeevent.havingachild;

import no.lifecase.decision.DecisionKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The rules granted child benefit by themselves (decision child-benefit, recorded on the case as an automatic decision
 * under NAV-loven § 4 a, docs/adr/0055): the mother gets the decision letter written from the recorded decision. Nav is
 * told in the next step, with a retry of its own (docs/adr/0065-fewer-transactions-per-case.md).
 */
@Component(HavingAChild.Delegate.GRANT_CHILD_BENEFIT)
class GrantChildBenefitDelegate implements JavaDelegate {

    private final ChildBenefitLetters letters;

    GrantChildBenefitDelegate(ChildBenefitLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.send(execution, DecisionKind.AUTOMATIC);
    }
}
