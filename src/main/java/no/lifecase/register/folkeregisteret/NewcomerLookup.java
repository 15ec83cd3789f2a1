package no.lifecase.register.folkeregisteret;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import no.lifecase.casefile.CasePeople;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.springframework.stereotype.Service;

/**
 * Looks up a newcomer in Folkeregisteret with the parts a move to Norway needs (person-basis, innflytting and opphold;
 * docs/domain.md#folkeregisteret) and logs the read on the case with its purpose and legal basis. The name read is kept
 * with the case, so that its caseworkers find it by name (docs/adr/0060-a-worklist-to-run-a-day-on.md).
 */
@Service
public class NewcomerLookup {

    private static final Set<Part> PARTS = Set.of(Part.PERSON_BASIS, Part.INNFLYTTING, Part.OPPHOLD);

    private final FolkeregisteretClient folkeregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;
    private final CasePeople people;
    private final Clock clock;

    NewcomerLookup(FolkeregisteretClient folkeregisteret, DataAccessLog accessLog, CasePurpose purpose, CasePeople people, Clock clock) {
        this.folkeregisteret = folkeregisteret;
        this.accessLog = accessLog;
        this.purpose = purpose;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @throws PersonNotFound      if the register does not know the number
     * @throws RegisterUnavailable if the register is away, failing or throttling: the step is retried
     */
    public NewcomerFacts of(Fodselsnummer person, CaseReference caseReference) {
        var document = folkeregisteret.person(person, PARTS).orElseThrow(() -> new PersonNotFound(person));
        var facts = NewcomerFacts.of(document, LocalDate.now(clock));
        var name = document.currentName();
        var fields = new ArrayList<>(facts.fieldsUsed());
        if (name.isPresent()) {
            // The name is kept for the case's caseworkers to find it by: a use the person sees in the log.
            fields.add(1, "navn");
        }
        accessLog.record(caseReference, FolkeregisteretClient.REGISTER, purpose.of(caseReference), person.value(), fields);
        name.ifPresent(found -> people.remember(caseReference, person, found));
        return facts;
    }
}
