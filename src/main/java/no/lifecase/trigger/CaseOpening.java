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
     * Continues the person's closed case of this life event with a new run of its process, when a register
     * corrects itself (a death withdrawn and registered again); skipped if the person has no such case.
     */
    EventOutcome reopenForPerson(LifeEvent lifeEvent, Fodselsnummer subject, String why);

    /**
     * Opens the case of a new organisation. Until cases can have an organisation as subject, the case is the
     * founder's.
     */
    EventOutcome openForOrganisation(LifeEvent lifeEvent, Organisasjonsnummer organisation, Fodselsnummer founder,
            String sourceEventKey);
}
