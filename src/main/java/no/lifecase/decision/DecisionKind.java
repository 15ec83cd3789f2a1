package no.lifecase.decision;

/** Who made a decision on a case (docs/adr/0055). */
public enum DecisionKind {
    /** The rules decided by themselves, under a provision that allows it. */
    AUTOMATIC,
    /** The rules' answer where a caseworker must decide: shown to the caseworker with its inputs and rule. */
    RECOMMENDATION,
    /** A caseworker of the task's agency decided. */
    CASEWORKER
}
