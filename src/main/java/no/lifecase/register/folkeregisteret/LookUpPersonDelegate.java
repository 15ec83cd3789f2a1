package no.lifecase.register.folkeregisteret;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Looks up the case's {@code subject} in Folkeregisteret and sets what the gateways need: {@code isDead},
 * {@code subjectHasDNumber}, {@code addressProtected}, {@code hasTemporaryName} and, only for an unprotected address,
 * {@code residenceMunicipality} (kommunenummer). An unknown person raises {@code Error_PersonNotFound};
 * a register that is away fails the job, so the engine retries and finally raises an incident naming it.
 */
@Component("lookUpPerson")
class LookUpPersonDelegate implements JavaDelegate {

    static final String PERSON_NOT_FOUND = "Error_PersonNotFound";

    private final PersonLookup lookup;

    LookUpPersonDelegate(PersonLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        PersonFacts facts;
        try {
            facts = lookup.of(subject, caseReference);
        } catch (PersonNotFound e) {
            throw new BpmnError(PERSON_NOT_FOUND, e.getMessage());
        }
        execution.setVariable("isDead", facts.dead());
        execution.setVariable("subjectHasDNumber", facts.dNumber());
        execution.setVariable("addressProtected", facts.addressProtected());
        execution.setVariable("hasTemporaryName", facts.temporaryName());
        if (facts.municipality().isPresent()) {
            execution.setVariable("residenceMunicipality", facts.municipality().get());
        } else {
            // A protected address may have become so since an earlier lookup: leave no municipality behind.
            execution.removeVariable("residenceMunicipality");
        }
    }
}
