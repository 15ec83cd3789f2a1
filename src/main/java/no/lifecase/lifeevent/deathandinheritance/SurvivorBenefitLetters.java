package no.lifecase.lifeevent.deathandinheritance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.Decision;
import no.lifecase.casefile.CaseReference;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.DecisionKind;
import no.lifecase.decision.DecisionOutcome;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Benefit;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.register.folkeregisteret.Family;
import no.lifecase.register.folkeregisteret.FamilyLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The letters of Nav's decisions on survivor benefits, each written from the caseworker's decision recorded on the case
 * (docs/adr/0055) and each a bean named for the Modeler.
 */
@Configuration(proxyBeanMethods = false)
class SurvivorBenefitLetters {

    private static final Logger log = LoggerFactory.getLogger(SurvivorBenefitLetters.class);
    private static final int AGE_OF_MAJORITY = 18;
    private static final int BARNEPENSJON_AGE_LIMIT = 20;

    /** Omstillingsstønad is the surviving spouse's or partner's own benefit, so the decision is theirs. */
    @Bean(Delegate.SEND_OMSTILLINGSSTONAD_DECISION)
    JavaDelegate sendOmstillingsstonadDecision(CitizenLetters letters, CaseDecisions decisions) {
        return execution -> {
            var spouse = Fodselsnummer.parse((String) execution.getVariable(Variable.SPOUSE_ID), Variable.SPOUSE_ID);
            var facts = List.of(new Decision.Fact("survivingSpouse", true, "folkeregisteret"));
            send(letters, decisions, execution, Benefit.OMSTILLINGSSTONAD, List.of(spouse), facts);
        };
    }

    /**
     * Barnepensjon is each child's own benefit: a child of 18 or 19 gets the decision, a younger child's parents with
     * parental responsibility get it for the child. The family is read again, since a child may have turned 18 or a
     * guardian changed since the death.
     */
    @Bean(Delegate.SEND_BARNEPENSJON_DECISION)
    JavaDelegate sendBarnepensjonDecision(CitizenLetters letters, CaseDecisions decisions, FamilyLookup families) {
        return execution -> {
            var reference = CaseReference.of(execution.getProcessBusinessKey());
            var deceased = Fodselsnummer.parse((String) execution.getVariable(Variable.SUBJECT), Variable.SUBJECT);
            var family = families.of(deceased, reference);
            var children = family.childrenUnder(BARNEPENSJON_AGE_LIMIT);
            var recipients = new LinkedHashSet<Fodselsnummer>();
            for (var child : children) {
                recipients.addAll(whoReadsFor(child, family, deceased, families, reference));
            }
            var facts = List.of(new Decision.Fact(Variable.CHILDREN_UNDER_20, children.size(), "folkeregisteret"));
            send(letters, decisions, execution, Benefit.BARNEPENSJON, recipients, facts);
        };
    }

    private static List<Fodselsnummer> whoReadsFor(Family.Child child, Family family, Fodselsnummer deceased, FamilyLookup families,
                                                   CaseReference reference) {
        var identity = Fodselsnummer.parse(child.identityNumber());
        if (!child.birthDate().plusYears(AGE_OF_MAJORITY).isAfter(family.asOf())) {
            return List.of(identity);
        }
        var guardians = new ArrayList<Fodselsnummer>();
        for (var parent : families.of(identity, reference).parentsWithResponsibility()) {
            if (!parent.equals(deceased.value())) {
                guardians.add(Fodselsnummer.parse(parent));
            }
        }
        return guardians;
    }

    private static void send(CitizenLetters letters, CaseDecisions decisions, DelegateExecution execution, String benefit,
                             Collection<Fodselsnummer> recipients, List<Decision.Fact> facts) {
        var caseRef = execution.getProcessBusinessKey();
        var decision = decisions.latest(caseRef, benefit, DecisionKind.CASEWORKER)
                .orElseThrow(() -> new IllegalStateException("Case " + caseRef + " has no caseworker's decision on " + benefit));
        if (recipients.isEmpty()) {
            // The decision stands on the case page; who writes to a child without a guardian is for Nav to find out.
            log.warn("Case {}: nobody in the register can receive the decision on {}", caseRef, benefit);
        }
        var name = benefit + (DecisionOutcome.GRANTED.equals(decision.outcome()) ? "-granted" : "-refused");
        letters.sendDecision(CaseReference.of(caseRef), List.copyOf(recipients),
                new Decision(name, List.of(), facts, decision.id(), decision.legalBasis(), null, decision.reasons()),
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
