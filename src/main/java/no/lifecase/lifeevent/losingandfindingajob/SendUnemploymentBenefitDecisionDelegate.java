package no.lifecase.lifeevent.losingandfindingajob;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.Decision;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.DecisionKind;
import no.lifecase.decision.DecisionOutcome;
import no.lifecase.decision.RecordedDecision;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Letter;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The citizen's letter about unemployment benefit, written from the decision recorded on the case (docs/adr/0055):
 * the automatic grant or the Nav caseworker's decision, whichever came last, with the rules, the G used and its date,
 * the facts from the registers, the caseworker's reasons and how to appeal (docs/adr/0054, docs/adr/0057).
 */
@Component(LosingAndFindingAJob.Delegate.SEND_BENEFIT_DECISION)
class SendUnemploymentBenefitDecisionDelegate implements JavaDelegate {

    /**
     * The rules' inputs that came from a register, by the input's name in unemployment-benefit.dmn, and the key of
     * their label in the letter; the income inputs are named by their expressions.
     */
    private static final Map<String, String> FACTS_IN_THE_LETTER = Map.of(
            Variable.EMPLOYMENT_CONFIRMED, Variable.EMPLOYMENT_CONFIRMED,
            Variable.INCOME_LAST_12_MONTHS + " / " + Variable.GRUNNBELOP, "incomeLast12MonthsInG",
            Variable.INCOME_LAST_36_MONTHS + " / " + Variable.GRUNNBELOP, "incomeLast36MonthsInG");

    private final CaseDecisions decisions;
    private final CitizenLetters letters;

    SendUnemploymentBenefitDecisionDelegate(CaseDecisions decisions, CitizenLetters letters) {
        this.decisions = decisions;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseRef = execution.getProcessBusinessKey();
        var decision = latestDecision(caseRef);
        var grunnbelop = ((Number) execution.getVariable(Variable.GRUNNBELOP)).longValue();
        var grunnbelopDate = LocalDate.parse((String) execution.getVariable(Variable.GRUNNBELOP_DATE));
        var letter = new Decision(letterFor(decision), List.of(grunnbelop, grunnbelopDate), facts(decision), decision.id(),
                decision.legalBasis(), decision.automationBasis(),
                decision.kind() == DecisionKind.CASEWORKER ? decision.reasons() : null);
        // A retried step finds the same decision and sends the same letter once.
        var sendingKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":decision";
        letters.sendDecision(CaseReference.of(caseRef),
                IdentityNumberList.parse(execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT), letter, sendingKey);
    }

    /** The automatic grant or the caseworker's decision, whichever is the later: the one that now holds. */
    private RecordedDecision latestDecision(String caseRef) {
        var subject = LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT;
        return Stream.of(decisions.latest(caseRef, subject, DecisionKind.AUTOMATIC),
                        decisions.latest(caseRef, subject, DecisionKind.CASEWORKER))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(RecordedDecision::decidedAt))
                .orElseThrow(() -> new IllegalStateException("Case " + caseRef + " has no decision on unemployment benefit to write"));
    }

    private static String letterFor(RecordedDecision decision) {
        if (decision.automatic()) {
            return Letter.BENEFIT_GRANTED;
        }
        return DecisionOutcome.GRANTED.equals(decision.outcome()) ? Letter.BENEFIT_GRANTED_AFTER_ASSESSMENT : Letter.BENEFIT_REFUSED;
    }

    private static List<Decision.Fact> facts(RecordedDecision decision) {
        return decision.letterFacts(FACTS_IN_THE_LETTER::get);
    }
}
