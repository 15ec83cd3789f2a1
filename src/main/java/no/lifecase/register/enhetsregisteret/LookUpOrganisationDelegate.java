package no.lifecase.register.enhetsregisteret;

import java.util.ArrayList;
import java.util.Objects;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads {@code organisationNumber}; sets {@code organisationForm}, {@code hasEmployees}, {@code vatRegistered},
 * {@code registeredInFrivillighetsregisteret} and {@code boardMembers} (fødselsnumre, to offer services to them);
 * for the role check {@code hasOwner}, {@code hasGeneralManager}, {@code hasBoard} and {@code hasContactPerson}, and
 * for routing {@code businessMunicipality} (kommunenummer, absent when the register has none).
 * An organisation the register does not know is a business outcome, {@value #NOT_FOUND}; a register that does not
 * answer is not, so {@code RegisterUnavailable} reaches the engine, which retries and finally raises an incident.
 */
@Component("lookUpOrganisation")
class LookUpOrganisationDelegate implements JavaDelegate {

    static final String NOT_FOUND = "Error_OrganisationNotFound";

    private final OrganisationLookup organisations;

    LookUpOrganisationDelegate(OrganisationLookup organisations) {
        this.organisations = organisations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        // Modelers may store the number as a Long; Objects.toString keeps a missing one null, so parse says "is required".
        var number = Organisasjonsnummer.parse(Objects.toString(execution.getVariable("organisationNumber"), null), "organisationNumber");
        var organisation = organisations.of(number, caseReference)
                .orElseThrow(() -> new BpmnError(NOT_FOUND, "Enhetsregisteret does not know organisation " + number));

        execution.setVariable("organisationForm", organisation.organisationForm());
        execution.setVariable("hasEmployees", organisation.hasEmployees());
        execution.setVariable("vatRegistered", organisation.vatRegistered());
        execution.setVariable("registeredInFrivillighetsregisteret", organisation.registeredInFrivillighetsregisteret());
        execution.setVariable("hasOwner", organisation.hasRole(RoleType.INNEHAVER));
        execution.setVariable("hasGeneralManager", organisation.hasRole(RoleType.DAGLIG_LEDER));
        execution.setVariable("hasBoard", organisation.hasRole(RoleType.STYRELEDER));
        // A foreign entity (NUF) answers through its contact person in Norway, or a daglig leder if it has one.
        execution.setVariable("hasContactPerson", organisation.hasRole(RoleType.KONTAKTPERSON)
                || organisation.hasRole(RoleType.DAGLIG_LEDER));
        if (organisation.businessMunicipality() != null) {
            execution.setVariable("businessMunicipality", organisation.businessMunicipality());
        }
        // JSON, not Java serialization: readable in Cockpit and safe across versions of this code.
        var boardMembers = new ArrayList<>(organisation.boardMembers().stream().map(Fodselsnummer::value).toList());
        execution.setVariable("boardMembers", Variables.objectValue(boardMembers)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
