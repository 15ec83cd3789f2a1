package no.lifecase.lifeevent.startingavoluntaryorganisation;

import java.util.Objects;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Delegate;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Variable;
import no.lifecase.register.frivillighetsregisteret.FrivilligOrganisasjon;
import no.lifecase.register.frivillighetsregisteret.VoluntaryRegistrationLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code organisationNumber}; sets {@code registeredInFrivillighetsregisteret} (as the register itself says,
 * which wins over Enhetsregisteret's flag) and {@code takesPartInGrasrotandel}.
 */
@Component(Delegate.CHECK_FRIVILLIGHETSREGISTERET)
class CheckVoluntaryRegistrationDelegate implements JavaDelegate {

    private final VoluntaryRegistrationLookup registrations;

    CheckVoluntaryRegistrationDelegate(VoluntaryRegistrationLookup registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var number = Organisasjonsnummer.parse(Objects.toString(execution.getVariable(Variable.ORGANISATION_NUMBER), null), Variable.ORGANISATION_NUMBER);
        var entry = registrations.of(number, caseReference);
        execution.setVariable(Variable.REGISTERED_IN_FRIVILLIGHETSREGISTERET, entry.isPresent());
        execution.setVariable(Variable.TAKES_PART_IN_GRASROTANDEL, entry.map(FrivilligOrganisasjon::deltarIGrasrotandelen).orElse(false));
    }
}
