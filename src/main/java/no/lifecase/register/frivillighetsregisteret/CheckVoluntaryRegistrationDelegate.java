package no.lifecase.register.frivillighetsregisteret;

import java.util.Objects;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Organisasjonsnummer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code organisationNumber}; sets {@code registeredInFrivillighetsregisteret} (as the register itself says,
 * which wins over Enhetsregisteret's flag) and {@code takesPartInGrasrotandel}.
 */
@Component("checkFrivillighetsregisteret")
class CheckVoluntaryRegistrationDelegate implements JavaDelegate {

    private final VoluntaryRegistrationLookup registrations;

    CheckVoluntaryRegistrationDelegate(VoluntaryRegistrationLookup registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var number = Organisasjonsnummer.parse(Objects.toString(execution.getVariable("organisationNumber"), null), "organisationNumber");
        var entry = registrations.of(number, caseReference);
        execution.setVariable("registeredInFrivillighetsregisteret", entry.isPresent());
        execution.setVariable("takesPartInGrasrotandel", entry.map(FrivilligOrganisasjon::deltarIGrasrotandelen).orElse(false));
    }
}
