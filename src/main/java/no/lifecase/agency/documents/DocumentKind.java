package no.lifecase.agency.documents;

/** A letter tells or reminds; a decision settles a right or a duty and can be appealed (forvaltningsloven § 2 b). */
public enum DocumentKind {
    LETTER,
    DECISION
}
