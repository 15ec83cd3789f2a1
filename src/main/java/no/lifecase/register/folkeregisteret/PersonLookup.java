package no.lifecase.register.folkeregisteret;

import java.util.Set;
import no.lifecase.casefile.CasePeople;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.springframework.stereotype.Service;

/**
 * Looks up the case's person in Folkeregisteret (person-basis only) and logs the read on the case. The name read is kept
 * with the case, so that its caseworkers find it by name (docs/adr/0060-a-worklist-to-run-a-day-on.md).
 */
@Service
public class PersonLookup {

    private final FolkeregisteretClient folkeregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;
    private final CasePeople people;

    PersonLookup(FolkeregisteretClient folkeregisteret, DataAccessLog accessLog, CasePurpose purpose, CasePeople people) {
        this.folkeregisteret = folkeregisteret;
        this.accessLog = accessLog;
        this.purpose = purpose;
        this.people = people;
    }

    /**
     * @throws PersonNotFound      if the register does not know the number
     * @throws RegisterUnavailable if the register is away, failing or throttling: the step is retried
     */
    public PersonFacts of(Fodselsnummer person, CaseReference caseReference) {
        var document = folkeregisteret.person(person, Set.of(Part.PERSON_BASIS)).orElseThrow(() -> new PersonNotFound(person));
        var facts = PersonFacts.of(document);
        accessLog.record(caseReference, FolkeregisteretClient.REGISTER, purpose.of(caseReference), person.value(), facts.fieldsUsed());
        document.currentName().ifPresent(name -> people.remember(caseReference, person, name));
        return facts;
    }

    /**
     * Where the person belongs (resident, born abroad, citizenships), for the residence rules of a benefit; the read is
     * logged on the case.
     *
     * @throws PersonNotFound      if the register does not know the number
     * @throws RegisterUnavailable if the register is away, failing or throttling: the step is retried
     */
    public Residence residence(Fodselsnummer person, CaseReference caseReference) {
        var document = folkeregisteret.person(person, Set.of(Part.PERSON_BASIS)).orElseThrow(() -> new PersonNotFound(person));
        accessLog.record(caseReference, FolkeregisteretClient.REGISTER, purpose.of(caseReference), person.value(), Residence.fieldsUsed());
        return Residence.of(document);
    }
}
