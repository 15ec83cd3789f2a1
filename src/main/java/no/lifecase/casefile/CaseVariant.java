package no.lifecase.casefile;

import java.util.Map;

/**
 * A kind of case within one life event that the citizen must meet under its own title and purpose, decided by a fact the
 * case opens with (a stillbirth is a having-a-child case, but must never read as an offer for a new child). The life
 * event declares its variants; the case file keeps which one a case is, and names no life event.
 */
public interface CaseVariant {

    /** Kept on the case; also the life event's key for the variant's title. */
    String id();

    /** The process variable that, when true in the facts a case opens with, makes the case this variant. */
    String variable();

    /** Why a case of this variant reads the registers, and on which legal basis. */
    AccessPurpose accessPurpose();

    default boolean appliesTo(Map<String, Object> facts) {
        return Boolean.TRUE.equals(facts.get(variable()));
    }
}
