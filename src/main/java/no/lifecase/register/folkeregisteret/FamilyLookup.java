package no.lifecase.register.folkeregisteret;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.springframework.stereotype.Service;

/**
 * Finds a person's spouse, children and the holders of parental responsibility, reading no more than that:
 * civil status and relations of the person, then only birth and status of each child. Every read is logged on
 * the case, about the person whose data it was.
 */
@Service
public class FamilyLookup {

    static final Set<Part> PERSON_PARTS = Set.of(Part.SIVILSTAND, Part.RELASJON_UTVIDET);
    static final Set<Part> CHILD_PARTS = Set.of(Part.FOEDSEL, Part.STATUS);
    static final List<String> PERSON_FIELDS = List.of("sivilstand", "familierelasjon", "foreldreansvar");
    static final List<String> CHILD_FIELDS = List.of("foedsel.foedselsdato", "status");

    private final FolkeregisteretClient folkeregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;
    private final Clock clock;

    FamilyLookup(FolkeregisteretClient folkeregisteret, DataAccessLog accessLog, CasePurpose purpose, Clock clock) {
        this.folkeregisteret = folkeregisteret;
        this.accessLog = accessLog;
        this.purpose = purpose;
        this.clock = clock;
    }

    /**
     * @throws PersonNotFound      if the register does not know the person (a child it does not know is left out)
     * @throws RegisterUnavailable if the register is away, failing or throttling: the step is retried
     */
    public Family of(Fodselsnummer person, CaseReference caseReference) {
        var why = purpose.of(caseReference);
        var document = folkeregisteret.person(person, PERSON_PARTS).orElseThrow(() -> new PersonNotFound(person));
        accessLog.record(caseReference, FolkeregisteretClient.REGISTER, why, person.value(), PERSON_FIELDS);
        List<Family.Child> children = new ArrayList<>();
        for (var childNumber : document.children()) {
            var child = Fodselsnummer.parse(childNumber, "familierelasjon.relatertPerson");
            folkeregisteret.person(child, CHILD_PARTS).ifPresent(childDocument -> {
                accessLog.record(caseReference, FolkeregisteretClient.REGISTER, why, child.value(), CHILD_FIELDS);
                children.add(new Family.Child(childNumber, childDocument.birthDate().orElse(null), !childDocument.isDead()));
            });
        }
        return new Family(document.spouse().orElse(null), children, document.responsibleParents(), document.mother().orElse(null),
                LocalDate.now(clock));
    }
}
