package no.lifecase.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the process which kind of identity number the case's subject has: several benefits treat
 * a D-number differently from a fødselsnummer.
 */
@Component("checkIdentityNumber")
class CheckIdentityNumberDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var subject = Fodselsnummer.parse((String) execution.getVariable("subject"), "subject");
        execution.setVariable("subjectHasDNumber", subject.isDNumber());
    }
}
