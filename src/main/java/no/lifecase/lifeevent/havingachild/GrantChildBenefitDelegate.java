package no.lifecase.lifeevent.havingachild;

import no.lifecase.agency.AgencyNotices;
import no.lifecase.decision.DecisionKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The rules granted child benefit by themselves (decision child-benefit, recorded on the case as an automatic decision
 * under NAV-loven § 4 a, docs/adr/0055): Lifecase tells NAV, so that payment starts, and sends the mother the decision
 * letter written from the recorded decision.
 */
@Component(HavingAChild.Delegate.GRANT_CHILD_BENEFIT)
class GrantChildBenefitDelegate implements JavaDelegate {

    static final String NOTICE = "child-benefit-granted-automatically";

    private final AgencyNotices notices;
    private final ChildBenefitLetters letters;

    GrantChildBenefitDelegate(AgencyNotices notices, ChildBenefitLetters letters) {
        this.notices = notices;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var sendingKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
        notices.send(execution.getProcessBusinessKey(), "nav", NOTICE, sendingKey);
        letters.send(execution, DecisionKind.AUTOMATIC);
    }
}
