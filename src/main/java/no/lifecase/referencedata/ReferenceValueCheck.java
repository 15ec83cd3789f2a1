package no.lifecase.referencedata;

import java.util.Optional;

/**
 * A check of a new entry that needs knowledge this room does not have, given by the room that has it: the agency
 * catalogue knows which courts exist. Every bean of this type is asked before an entry is stored.
 */
public interface ReferenceValueCheck {

    ReferenceKind kind();

    /** Why {@code value} cannot be stored for {@code key}; empty when it can. */
    Optional<String> problem(String key, String value);
}
