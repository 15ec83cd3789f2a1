package no.lifecase.lifeevent.deathandinheritance;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.evidence.EvidenceFact;
import no.lifecase.evidence.EvidenceSubject;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Component;

/** The heirs' declaration to the court rests on the family found and the estate overview (docs/adr/0063). */
@Component
class EstateDeclarationEvidence implements EvidenceSubject {

    static final String ID = DeathAndInheritance.Decision.ESTATE_DECLARATION;

    private final DeathCaseEvidence evidence;

    EstateDeclarationEvidence(DeathCaseEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<EvidenceFact> factsFor(CaseReference caseRef, Fodselsnummer reader) {
        var facts = new ArrayList<>(evidence.family(caseRef));
        facts.addAll(evidence.estate(caseRef, reader));
        return facts;
    }
}
