package no.lifecase.lifeevent.newinnorway;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Variable;
import no.lifecase.register.folkeregisteret.NewcomerFacts;
import no.lifecase.register.folkeregisteret.NewcomerLookup;
import no.lifecase.register.folkeregisteret.PersonNotFound;
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
@Component(NewInNorway.Delegate.LOOK_UP_NEWCOMER)
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
            throw new BpmnError(NewInNorway.Error.PERSON_NOT_FOUND, e.getMessage());
        }
        execution.setVariable(Variable.IDENTITY_ROUTE, facts.identityRoute());
        execution.setVariable(Variable.SUBJECT_HAS_D_NUMBER, facts.dNumber());
        execution.setVariable(Variable.RESIDENT, facts.resident());
        setOrRemove(execution, Variable.AGE, facts.age());
        setOrRemove(execution, Variable.FROM_COUNTRY, facts.fromCountry());
        execution.setVariable(Variable.ADDRESS_PROTECTED, facts.addressProtected());
        // A protected address may have become so since an earlier lookup: leave no municipality behind.
        setOrRemove(execution, Variable.RESIDENCE_MUNICIPALITY, facts.municipality().orElse(null));
    }

    private static void setOrRemove(DelegateExecution execution, String name, Object value) {
        if (value == null) {
            execution.removeVariable(name);
        } else {
            execution.setVariable(name, value);
        }
    }
}
