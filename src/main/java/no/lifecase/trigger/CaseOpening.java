package no.lifecase.trigger;

import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.LifeEvent;

/** Opens the case a register event announces, in the caller's transaction. */
public interface CaseOpening {

    /**
     * @param sourceEventKey feed name and event id, to trace the case back to the event
     * @return {@link EventOutcome#opened}, or skipped with {@link SkipReason#LIFE_EVENT_NOT_DEPLOYED}
     */
    EventOutcome openForPerson(LifeEvent lifeEvent, Fodselsnummer subject, String sourceEventKey);

    /**
     * Opens the case of a new organisation. Until cases can have an organisation as subject, the case is the
     * founder's.
     */
    EventOutcome openForOrganisation(LifeEvent lifeEvent, Organisasjonsnummer organisation, Fodselsnummer founder,
            String sourceEventKey);
}
