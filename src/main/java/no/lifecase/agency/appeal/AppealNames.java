package no.lifecase.agency.appeal;

/**
 * The ids and variable names Java shares with {@code appeal.bpmn}, {@code decision-review.bpmn} and their forms
 * (docs/adr/0043): the processes, their tasks and the variables each step reads or writes.
 */
public final class AppealNames {

    /** An appeal: the deciding agency considers it, then the appeal body decides it if the agency upheld the decision. */
    public static final String PROCESS_ID = "appeal";
    /** A request that a person look at an automated decision; the deciding agency answers it. */
    public static final String REVIEW_PROCESS_ID = "decision-review";

    private AppealNames() {
    }

    /** The tasks of the two processes. */
    public static final class Element {
        public static final String CONSIDER_APPEAL = "Task_ConsiderAppeal";
        public static final String DECIDE_APPEAL = "Task_DecideAppeal";
        /** The appellant gets the deciding agency's changed decision. */
        public static final String SEND_CHANGED_DECISION = "Task_SendChangedDecision";
        /** The appellant gets the appeal body's decision, which is final. */
        public static final String SEND_APPEAL_BODY_DECISION = "Task_SendAppealBodyDecision";
        public static final String REVIEW_DECISION = "Task_ReviewDecision";

        private Element() {
        }
    }

    /** The staff forms, in bokmål. */
    public static final class Form {
        public static final String CONSIDER_APPEAL = "appeal-consider";
        public static final String DECIDE_APPEAL = "appeal-decide";
        public static final String REVIEW_DECISION = "review-decision";

        private Form() {
        }
    }

    /** The variables: set when the process starts (what the caseworker reads) and by the forms (what they decided). */
    public static final class Variable {
        public static final String APPEAL_ID = "appealId";
        /** The deciding agency: the candidate group of the first task, and the agency of the timeline's lines. */
        public static final String AGENCY = "agency";
        public static final String APPEAL_BODY = "appealBody";
        public static final String DECISION_TITLE = "decisionTitle";
        public static final String DECISION_SENT_ON = "decisionSentOn";
        public static final String APPEAL_DEADLINE = "appealDeadline";
        public static final String LATE = "late";
        public static final String APPEAL_TEXT = "appealText";
        public static final String APPEAL_OUTCOME = "appealOutcome";
        public static final String APPEAL_REASONS = "appealReasons";
        public static final String APPEAL_BODY_OUTCOME = "appealBodyOutcome";
        public static final String APPEAL_BODY_REASONS = "appealBodyReasons";
        public static final String REVIEW_TEXT = "reviewText";
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        public static final String REVIEW_ANSWER = "reviewAnswer";

        private Variable() {
        }
    }

    /** The answers the forms offer that Java reads. */
    public static final class Value {
        /** The deciding agency changed its decision (forvaltningsloven § 33 andre ledd): the appeal ends there. */
        public static final String CHANGED = "changed";
        /** The deciding agency upheld its decision: the appeal goes to the appeal body; or the appeal body confirmed it. */
        public static final String UPHELD = "upheld";
        /** The appeal body changed the decision (forvaltningsloven § 34). */
        public static final String REVERSED = "reversed";
        /** The appeal body set the decision aside and sent the case back to be decided again. */
        public static final String RETURNED = "returned";

        private Value() {
        }
    }
}
