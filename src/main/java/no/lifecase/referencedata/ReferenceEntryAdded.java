package no.lifecase.referencedata;

/**
 * A process owner added an entry (published once it is stored, for listeners after the commit): a room whose steps
 * waited for a value of this kind can try them again.
 */
public record ReferenceEntryAdded(ReferenceKind kind, ReferenceEntry entry) {
}
