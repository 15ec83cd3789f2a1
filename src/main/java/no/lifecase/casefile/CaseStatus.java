package no.lifecase.casefile;

public enum CaseStatus {
    /** Agencies or the engine are working on the case. */
    OPEN,
    /** The case waits for the citizen; agency deadlines stand still meanwhile. */
    WAITING,
    /** The life event's process has ended. */
    CLOSED
}
