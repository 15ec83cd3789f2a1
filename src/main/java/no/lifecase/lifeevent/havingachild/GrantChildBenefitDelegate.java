package no.lifecase.lifeevent.havingachild;

import java.time.YearMonth;
import java.util.List;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.Decision;
import no.lifecase.agency.documents.DocumentTexts;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChild.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * NAV grants child benefit automatically when the birth meets its rules (decision child-benefit): Lifecase tells NAV it
 * did, and sends the mother the decision, with the amount, the period, the rules and register facts it rests on, and
 * how to appeal (docs/adr/0054). Child benefit is paid to the mother (docs/domain.md#having-a-child).
 */
@Component(HavingAChild.Delegate.GRANT_CHILD_BENEFIT)
class GrantChildBenefitDelegate implements JavaDelegate {

    static final String NOTICE = "child-benefit-granted-automatically";
    static final String DECISION = "child-benefit-granted";

    private final AgencyNotices notices;
    private final CitizenLetters letters;
    private final DocumentTexts texts;

    GrantChildBenefitDelegate(AgencyNotices notices, CitizenLetters letters, DocumentTexts texts) {
        this.notices = notices;
        this.letters = letters;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var sendingKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
        notices.send(execution.getProcessBusinessKey(), "nav", NOTICE, sendingKey);

        var child = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        var mother = Fodselsnummer.parse((String) execution.getVariable(Variable.MOTHER_ID), Variable.MOTHER_ID);
        var born = child.birthDate().orElseThrow(() -> new IllegalStateException("The child's number gives no birth date"));
        var monthlyAmount = Integer.parseInt(texts.neutral(DECISION + ".monthlyAmount")
                .orElseThrow(() -> new IllegalStateException("No monthly amount for " + DECISION)));
        // Barnetrygdloven § 11: from the month after the birth to the month before the child turns 18.
        var decision = new Decision(DECISION,
                List.of(born, monthlyAmount, YearMonth.from(born).plusMonths(1), YearMonth.from(born).plusYears(18).minusMonths(1)),
                List.of(new Decision.Fact("birthDate", born, "folkeregisteret"),
                        new Decision.Fact("mother", mother.masked(), "folkeregisteret"),
                        new Decision.Fact("residenceAddress", Boolean.TRUE.equals(execution.getVariable(Variable.CHILD_HAS_RESIDENCE_ADDRESS)),
                                "folkeregisteret"),
                        new Decision.Fact("identityNumbers", !child.isDNumber()
                                && Boolean.FALSE.equals(execution.getVariable(Variable.ANY_PARENT_HAS_D_NUMBER)), "folkeregisteret")));
        letters.sendDecision(CaseReference.of(execution.getProcessBusinessKey()), List.of(mother), decision, sendingKey + ":decision");
    }
}
