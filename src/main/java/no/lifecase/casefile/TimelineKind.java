package no.lifecase.casefile;

public enum TimelineKind {
    CASE_OPENED,
    STEP_STARTED,
    STEP_COMPLETED,
    STEP_CANCELLED,
    EVENT,
    CASE_CLOSED,
    /** An agency has taken up one of its tasks on the case (the first claim). */
    WORK_STARTED,
    /** An agency completed one of its tasks with a decision, told in the words of the task's form. */
    DECISION_MADE
}
