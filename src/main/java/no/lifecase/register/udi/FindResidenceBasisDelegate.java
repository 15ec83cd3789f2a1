package no.lifecase.register.udi;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code residenceBasis} for the case's {@code subject} from UDI; {@code unknown} when UDI holds nothing. */
@Component("findResidenceBasis")
class FindResidenceBasisDelegate implements JavaDelegate {

    private final ResidenceBasisLookup lookup;

    FindResidenceBasisDelegate(ResidenceBasisLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        execution.setVariable("residenceBasis", lookup.of(subject, CaseReference.of(execution.getProcessBusinessKey())));
    }
}
