package no.lifecase.casefile;

import java.util.Set;
import no.lifecase.identity.Fodselsnummer;

/**
 * Who a person may act for: their children under 18, a deceased person's heirs, the board of an organisation …
 * The answers will come from the registers (Folkeregisteret's family relations, the courts' estate decisions,
 * Enhetsregisteret's roles). For now {@link RepresentationFromTheCase} reads it from the cases themselves (ADR 0014).
 */
public interface Representation {

    /** The people whose life-event cases {@code person} may see and act in, besides their own; never null. */
    Set<Fodselsnummer> representedBy(Fodselsnummer person);

    /**
     * The references of the cases {@code person} acts in without acting for their subject in anything else: a board
     * member in the case of an organisation, which is its founder's case until cases can belong to an organisation.
     * Never null.
     */
    default Set<String> casesActedInBy(Fodselsnummer person) {
        return Set.of();
    }
}
