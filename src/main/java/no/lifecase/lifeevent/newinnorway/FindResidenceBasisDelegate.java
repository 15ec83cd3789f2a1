package no.lifecase.lifeevent.newinnorway;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.udi.ResidenceBasisLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code residenceBasis} for the case's {@code subject} from UDI; {@code unknown} when UDI holds nothing. */
@Component(NewInNorway.Delegate.FIND_RESIDENCE_BASIS)
class FindResidenceBasisDelegate implements JavaDelegate {

    private final ResidenceBasisLookup lookup;

    FindResidenceBasisDelegate(ResidenceBasisLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        execution.setVariable(NewInNorway.Variable.RESIDENCE_BASIS, lookup.of(subject, CaseReference.of(execution.getProcessBusinessKey())));
    }
}
