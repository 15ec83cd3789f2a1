package no.lifecase.lifeevent.seriouslyillchild;

import java.util.List;
import java.util.Set;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.Decision;
import no.lifecase.casefile.CaseReference;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.DecisionKind;
import no.lifecase.decision.DecisionOutcome;
import no.lifecase.decision.RecordedDecision;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Notice;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import no.lifecase.register.folkeregisteret.PersonLookup;
import no.lifecase.register.folkeregisteret.PersonNotFound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letters of {@code seriously-ill-child}, each a bean named for the Modeler. */
@Configuration(proxyBeanMethods = false)
class SeriouslyIllChildLetters {

    /** The facts of the rules' recommendation that the letter names; the income test is a calculation, not a fact. */
    private static final Set<String> FACTS_IN_THE_LETTER = Set.of(Variable.CHILD_AGE, Variable.STATEMENT_BY_HOSPITAL_DOCTOR,
            Variable.NEEDS_CONTINUOUS_CARE, Variable.CHILD_HOSPITALISED, Variable.EMPLOYMENT);

    /**
     * The Nav caseworker's decision on care benefit, as recorded on the case (docs/adr/0055), to each parent with
     * responsibility who is alive: both may act in the case, and a letter to a parent whose death is registered would
     * only hurt the family.
     */
    @Bean
    JavaDelegate sendCareBenefitLetter(CitizenLetters letters, CaseDecisions decisions, PersonLookup persons) {
        return execution -> {
            var caseRef = execution.getProcessBusinessKey();
            var decision = decisions.latest(caseRef, SeriouslyIllChild.Decision.CARE_BENEFIT, DecisionKind.CASEWORKER)
                    .orElseThrow(() -> new IllegalStateException("Case " + caseRef + " has no caseworker's decision on care benefit"));
            var reference = CaseReference.of(caseRef);
            var living = IdentityNumberList.parse(execution.getVariable(Variable.PARENTS_WITH_RESPONSIBILITY),
                    Variable.PARENTS_WITH_RESPONSIBILITY).stream().filter(parent -> alive(persons, parent, reference)).toList();
            letters.sendDecision(reference, living, letterOf(decision, execution), sendingKey(execution));
        };
    }

    /** The offer of municipal services is the task of the parent who asked, so the reminder is theirs. */
    @Bean
    JavaDelegate sendMunicipalOfferReminder(CitizenLetters letters) {
        return execution -> letters.send(CaseReference.of(execution.getProcessBusinessKey()),
                IdentityNumberList.parse(execution.getVariable(Variable.APPLICANT), Variable.APPLICANT), Notice.MUNICIPAL_OFFER_REMINDER,
                sendingKey(execution));
    }

    private static Decision letterOf(RecordedDecision decision, DelegateExecution execution) {
        boolean granted = DecisionOutcome.GRANTED.equals(decision.outcome());
        var grading = execution.getVariable(Variable.CARE_BENEFIT_GRADING) instanceof Number percent ? percent.intValue() : 100;
        var facts = decision.letterFacts(name -> FACTS_IN_THE_LETTER.contains(name) ? name : null);
        return new Decision(granted ? Notice.CARE_BENEFIT_GRANTED_LETTER : Notice.CARE_BENEFIT_REFUSED_LETTER,
                List.of(grading), facts, decision.id(), decision.legalBasis(), null, decision.reasons());
    }

    /** A parent the register knows as dead gets no letter; one it does not know at all is not guessed dead. */
    private static boolean alive(PersonLookup persons, Fodselsnummer parent, CaseReference reference) {
        try {
            return !persons.of(parent, reference).dead();
        } catch (PersonNotFound unknown) {
            return true;
        }
    }

    private static String sendingKey(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }
}
