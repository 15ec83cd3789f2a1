package no.lifecase.agency.appeal;

/**
 * What the citizen asks of a decision: an appeal (klage, forvaltningsloven §§ 28–32), which the deciding agency and then
 * the appeal body decide, or a review, a person looking at a decision the rules took alone (GDPR art. 22 nr. 3), which
 * the deciding agency answers.
 */
public enum AppealKind {
    APPEAL,
    REVIEW
}
