package no.lifecase.casefile;

public enum TimelineKind {
    CASE_OPENED,
    STEP_STARTED,
    STEP_COMPLETED,
    STEP_CANCELLED,
    EVENT,
    CASE_CLOSED
}
