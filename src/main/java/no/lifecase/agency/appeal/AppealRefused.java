package no.lifecase.agency.appeal;

/**
 * An appeal or review request Lifecase cannot take as it stands. Nothing was stored and no task was made; the reason
 * says what the citizen can do about it.
 */
public class AppealRefused extends RuntimeException {

    /** Why: the first two are about what the citizen wrote, the rest about the decision. */
    public enum Reason {
        /** Nothing written: the agency needs to know what the citizen disagrees with (forvaltningsloven § 32). */
        EMPTY_TEXT,
        TEXT_TOO_LONG,
        /** A letter is not a decision; only a decision can be appealed. */
        NOT_A_DECISION,
        /** A caseworker made the decision already; a review is for decisions the rules took alone. */
        NOT_AUTOMATED,
        /** The same person's appeal (or review request) of this decision is still being considered. */
        ALREADY_OPEN,
        /** Lifecase does not know the appeal body of the deciding agency, so the appeal could not reach it. */
        NO_APPEAL_BODY,
        /** The appeal body's decision on an appeal, which cannot be appealed further (forvaltningsloven § 28 tredje ledd). */
        FINAL_DECISION;

        /** Whether the citizen's text is at fault, rather than the decision. */
        public boolean aboutTheText() {
            return this == EMPTY_TEXT || this == TEXT_TOO_LONG;
        }
    }

    private final Reason reason;

    AppealRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
