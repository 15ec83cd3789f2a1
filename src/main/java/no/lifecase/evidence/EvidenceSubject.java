package no.lifecase.evidence;

import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;

/**
 * The register data one kind of decision rests on, declared by the life event that makes the decision (a Spring bean
 * beside its model): the preview shows a reader these facts and nothing more (docs/adr/0063).
 */
public interface EvidenceSubject {

    /** The value of {@code evidenceSubject} this declares, e.g. {@code estate-declaration}. */
    String id();

    /** The facts of the case this reader may see, in the order they should read them. */
    List<EvidenceFact> factsFor(CaseReference caseRef, Fodselsnummer reader);
}
