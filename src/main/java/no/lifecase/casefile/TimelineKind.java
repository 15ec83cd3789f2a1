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
    DECISION_MADE,
    /** An agency task's deadline is near: the agency was reminded. */
    DEADLINE_REMINDER,
    /** An agency task passed its deadline and went to the agency's supervisors as well. */
    DEADLINE_PASSED,
    /** The case waits for the citizen: the agencies' deadlines stand still. */
    CLOCK_STOPPED,
    /** The citizen has answered: the agencies' deadlines run again. */
    CLOCK_RESUMED,
    /** An agency handed one of its tasks on the case to another agency of the same kind, which now has it. */
    HANDED_OVER
}
