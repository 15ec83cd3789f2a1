package no.lifecase.lifeevent.deathandinheritance;

import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.evidence.EvidenceFact;
import no.lifecase.evidence.EvidenceSubject;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Component;

/** Nav's survivor-benefit decisions rest on the family Folkeregisteret gave the case (docs/adr/0063). */
@Component
class SurvivorBenefitEvidence implements EvidenceSubject {

    static final String ID = DeathAndInheritance.Decision.SURVIVOR_BENEFIT;

    private final DeathCaseEvidence evidence;

    SurvivorBenefitEvidence(DeathCaseEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<EvidenceFact> factsFor(CaseReference caseRef, Fodselsnummer reader) {
        return evidence.family(caseRef);
    }
}
