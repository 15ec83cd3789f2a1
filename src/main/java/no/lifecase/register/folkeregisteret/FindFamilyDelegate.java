package no.lifecase.register.folkeregisteret;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Finds the family of the case's {@code subject} and what the life-event models route on. For everyone:
 * {@code hasSpouse}, {@code spouseId}, {@code childrenUnder20} (a count), {@code heirs} (spouse and living children),
 * {@code addressProtected} and, only for an unprotected address, {@code residenceMunicipality}. For a child:
 * {@code parentsWithResponsibility}, {@code motherId}, {@code childHasDNumber}, {@code anyParentHasDNumber},
 * {@code childHasResidenceAddress} and {@code hasTemporaryName}. Lists are JSON lists of fødselsnumre.
 * No names or addresses reach the process.
 */
@Component("findFamily")
class FindFamilyDelegate implements JavaDelegate {

    private final FamilyLookup family;
    private final PersonLookup person;

    FindFamilyDelegate(FamilyLookup family, PersonLookup person) {
        this.family = family;
        this.person = person;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        Family relatives;
        PersonFacts facts;
        try {
            relatives = family.of(subject, caseReference);
            facts = person.of(subject, caseReference);
        } catch (PersonNotFound e) {
            throw new BpmnError(LookUpPersonDelegate.PERSON_NOT_FOUND, e.getMessage());
        }
        execution.setVariable("hasSpouse", relatives.spouseIdentityNumber().isPresent());
        execution.setVariable("childrenUnder20", relatives.childrenUnder(20).size());
        execution.setVariable("heirs", jsonList(relatives.heirs()));
        execution.setVariable("parentsWithResponsibility", jsonList(relatives.parentsWithResponsibility()));
        relatives.motherIdentityNumber().ifPresent(mother -> execution.setVariable("motherId", mother));
        relatives.spouseIdentityNumber().ifPresent(spouse -> execution.setVariable("spouseId", spouse));
        execution.setVariable("childHasDNumber", facts.dNumber());
        execution.setVariable("anyParentHasDNumber", relatives.parentsWithResponsibility().stream()
                .anyMatch(parent -> Fodselsnummer.isValid(parent) && Fodselsnummer.parse(parent).isDNumber()));
        execution.setVariable("childHasResidenceAddress", facts.hasResidenceAddress());
        execution.setVariable("hasTemporaryName", facts.temporaryName());
        execution.setVariable("addressProtected", facts.addressProtected());
        if (facts.dateOfDeath() != null) {
            // An ISO date, not a Date: the estate overview asks the banks for the balances on this day (docs/adr/0064).
            execution.setVariable("dateOfDeath", facts.dateOfDeath().toString());
        }
        if (facts.municipality().isPresent()) {
            execution.setVariable("residenceMunicipality", facts.municipality().get());
        } else {
            execution.removeVariable("residenceMunicipality");
        }
    }

    /** JSON, not Java serialization: readable in Cockpit and usable as a multi-instance collection. */
    private static Object jsonList(List<String> ids) {
        return Variables.objectValue(new ArrayList<>(ids)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
