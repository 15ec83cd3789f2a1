package no.lifecase.trigger;

import java.util.Map;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;

/** Finds a person's cases and delivers register messages into them, in the caller's transaction. */
public interface CaseCorrelation {

    /** True if a feed ever opened a case of this life event for the person, or one is running now. */
    boolean hasCase(CaseType lifeEvent, Fodselsnummer subject);

    /** True if a case of this life event is running for the person. */
    boolean hasRunningCase(CaseType lifeEvent, Fodselsnummer subject);

    /**
     * Delivers the message to the person's running case of this life event.
     *
     * @return {@link EventOutcome#correlated}, or skipped with {@link SkipReason#NO_RUNNING_CASE} or
     * {@link SkipReason#CASE_NOT_WAITING}; never throws for a case that does not wait
     */
    EventOutcome correlate(CaseType lifeEvent, Fodselsnummer subject, String messageName, Map<String, Object> variables);
}
