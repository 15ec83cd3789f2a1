package no.lifecase.register.folkeregisteret;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Looks up the case's {@code subject}, a newcomer, in Folkeregisteret and sets what new-in-norway routes on:
 * {@code identityRoute}, {@code subjectHasDNumber}, {@code resident}, {@code age}, {@code fromCountry},
 * {@code addressProtected} and, only for an unprotected address, {@code residenceMunicipality}. An unknown person
 * raises {@code Error_PersonNotFound}; a register that is away fails the job, so the engine retries.
 */
@Component("lookUpNewcomer")
class LookUpNewcomerDelegate implements JavaDelegate {

    private final NewcomerLookup lookup;

    LookUpNewcomerDelegate(NewcomerLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        NewcomerFacts facts;
        try {
            facts = lookup.of(subject, caseReference);
        } catch (PersonNotFound e) {
            throw new BpmnError(LookUpPersonDelegate.PERSON_NOT_FOUND, e.getMessage());
        }
        execution.setVariable("identityRoute", facts.identityRoute());
        execution.setVariable("subjectHasDNumber", facts.dNumber());
        execution.setVariable("resident", facts.resident());
        setOrRemove(execution, "age", facts.age());
        setOrRemove(execution, "fromCountry", facts.fromCountry());
        execution.setVariable("addressProtected", facts.addressProtected());
        // A protected address may have become so since an earlier lookup: leave no municipality behind.
        setOrRemove(execution, "residenceMunicipality", facts.municipality().orElse(null));
    }

    private static void setOrRemove(DelegateExecution execution, String name, Object value) {
        if (value == null) {
            execution.removeVariable(name);
        } else {
            execution.setVariable(name, value);
        }
    }
}
