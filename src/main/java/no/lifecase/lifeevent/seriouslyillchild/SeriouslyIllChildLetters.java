package no.lifecase.lifeevent.seriouslyillchild;

import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Notice;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letters of {@code seriously-ill-child}, each a bean named for the Modeler. */
@Configuration(proxyBeanMethods = false)
class SeriouslyIllChildLetters {

    /** Both parents with responsibility get the care benefit decision: both may act in the case. */
    @Bean
    JavaDelegate sendCareBenefitLetter(CitizenLetters letters) {
        return execution -> send(letters, execution, Notice.CARE_BENEFIT_LETTER, Variable.PARENTS_WITH_RESPONSIBILITY);
    }

    /** The offer of municipal services is the task of the parent who asked, so the reminder is theirs. */
    @Bean
    JavaDelegate sendMunicipalOfferReminder(CitizenLetters letters) {
        return execution -> send(letters, execution, Notice.MUNICIPAL_OFFER_REMINDER, Variable.APPLICANT);
    }

    private static void send(CitizenLetters letters, DelegateExecution execution, String letter, String recipients) {
        letters.send(CaseReference.of(execution.getProcessBusinessKey()),
                IdentityNumberList.parse(execution.getVariable(recipients), recipients), letter,
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
