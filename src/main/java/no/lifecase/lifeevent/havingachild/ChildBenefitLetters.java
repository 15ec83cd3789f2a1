package no.lifecase.lifeevent.havingachild;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.Decision;
import no.lifecase.agency.documents.DocumentTexts;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.DecisionKind;
import no.lifecase.decision.DecisionOutcome;
import no.lifecase.decision.RecordedDecision;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChild.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The mother's letter about child benefit, written from the decision recorded on the case (docs/adr/0055): what was
 * decided, the rules and the provision it rests on, the facts with their registers, whether it was decided automatically
 * and under which provision, the caseworker's reasons, and how to appeal (docs/adr/0054). Child benefit is paid to the
 * mother (docs/domain.md#having-a-child).
 */
@Component
class ChildBenefitLetters {

    /** The rules granted it by themselves. */
    static final String DECISION = "child-benefit-granted";
    /** A Nav caseworker granted it, after the rules could not. */
    static final String GRANTED_LETTER = "child-benefit-granted-after-assessment";
    /** A Nav caseworker refused it. */
    static final String REFUSED_LETTER = "child-benefit-refused";

    private final CaseDecisions decisions;
    private final CitizenLetters letters;
    private final DocumentTexts texts;

    ChildBenefitLetters(CaseDecisions decisions, CitizenLetters letters, DocumentTexts texts) {
        this.decisions = decisions;
        this.letters = letters;
        this.texts = texts;
    }

    /** Sends the mother the latest decision of this kind on child benefit; a retried step sends the same letter. */
    void send(DelegateExecution execution, DecisionKind kind) {
        var caseRef = execution.getProcessBusinessKey();
        var decision = decisions.latest(caseRef, HavingAChild.Decision.CHILD_BENEFIT, kind).orElseThrow(() ->
                new IllegalStateException("Case " + caseRef + " has no " + kind + " decision on child benefit to write"));
        var child = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        var mother = Fodselsnummer.parse((String) execution.getVariable(Variable.MOTHER_ID), Variable.MOTHER_ID);
        var born = child.birthDate().orElseThrow(() -> new IllegalStateException("The child's number gives no birth date"));
        var name = letterFor(decision);
        var monthlyAmount = Integer.parseInt(texts.neutral(DECISION + ".monthlyAmount")
                .orElseThrow(() -> new IllegalStateException("No monthly amount for " + DECISION)));
        // Barnetrygdloven § 11: from the month after the birth to the month before the child turns 18.
        List<Object> values = List.of(born, monthlyAmount, YearMonth.from(born).plusMonths(1), YearMonth.from(born).plusYears(18).minusMonths(1));
        var letter = new Decision(name, values, facts(decision, born, mother), decision.id(), decision.legalBasis(),
                decision.automationBasis(), decision.kind() == DecisionKind.CASEWORKER ? decision.reasons() : null);
        var sendingKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":decision";
        letters.sendDecision(CaseReference.of(caseRef), List.of(mother), letter, sendingKey);
    }

    private static String letterFor(RecordedDecision decision) {
        if (decision.automatic()) {
            return DECISION;
        }
        return DecisionOutcome.GRANTED.equals(decision.outcome()) ? GRANTED_LETTER : REFUSED_LETTER;
    }

    /** The birth and the mother, then every fact the rules read, each with the register it came from. */
    private static List<Decision.Fact> facts(RecordedDecision decision, LocalDate born, Fodselsnummer mother) {
        var facts = new ArrayList<Decision.Fact>();
        facts.add(new Decision.Fact("birthDate", born, "folkeregisteret"));
        facts.add(new Decision.Fact("mother", mother.masked(), "folkeregisteret"));
        facts.addAll(decision.letterFacts(name -> name));
        return facts;
    }
}
