package no.lifecase.trigger;

import java.util.Objects;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;

/**
 * What handling one register event did.
 *
 * @param lifeEvent     the life event the event concerned, if any
 * @param subject       the person a case was opened for; only for {@link Kind#OPENED}
 * @param caseReference the case opened or messaged
 * @param skipReason    only for {@link Kind#SKIPPED}
 */
public record EventOutcome(Kind kind, CaseType lifeEvent, Fodselsnummer subject, String caseReference,
                           SkipReason skipReason) {

    public enum Kind { OPENED, CORRELATED, SKIPPED }

    public EventOutcome {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SKIPPED) != (skipReason != null)) {
            throw new IllegalArgumentException("a skip reason goes with a skipped event, and only with one");
        }
    }

    public static EventOutcome opened(CaseType lifeEvent, Fodselsnummer subject, String caseReference) {
        return new EventOutcome(Kind.OPENED, lifeEvent, subject, caseReference, null);
    }

    public static EventOutcome correlated(CaseType lifeEvent, String caseReference) {
        return new EventOutcome(Kind.CORRELATED, lifeEvent, null, caseReference, null);
    }

    public static EventOutcome skipped(SkipReason reason) {
        return new EventOutcome(Kind.SKIPPED, null, null, null, reason);
    }

    public static EventOutcome skipped(SkipReason reason, CaseType lifeEvent) {
        return new EventOutcome(Kind.SKIPPED, lifeEvent, null, null, reason);
    }

    public boolean isSkipped() {
        return kind == Kind.SKIPPED;
    }
}
