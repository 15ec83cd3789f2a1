package no.lifecase.lifeevent.losingandfindingajob;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.register.aaregisteret.Employments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads the subject's employments from Aa-registeret and sets {@code employmentConfirmed} for the income rule. */
@Component(LosingAndFindingAJob.Delegate.READ_EMPLOYMENT)
class ReadEmploymentDelegate implements JavaDelegate {

    private final Employments employments;

    ReadEmploymentDelegate(Employments employments) {
        this.employments = employments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        var employer = (String) execution.getVariable(Variable.EMPLOYER);
        execution.setVariable(Variable.EMPLOYMENT_CONFIRMED,
                employments.hasEmploymentWith(subject, employer, CaseReference.of(execution.getProcessBusinessKey())));
    }
}
