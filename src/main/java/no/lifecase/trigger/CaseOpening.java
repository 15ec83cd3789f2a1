package no.lifecase.trigger;

import java.util.Map;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;

/** Opens the case a register event announces, in the caller's transaction. */
public interface CaseOpening {

    /**
     * @param sourceEventKey feed name and event id, to trace the case back to the event
     * @return {@link EventOutcome#opened}, or skipped with {@link SkipReason#LIFE_EVENT_NOT_DEPLOYED}
     */
    default EventOutcome openForPerson(CaseType lifeEvent, Fodselsnummer subject, String sourceEventKey) {
        return openForPerson(lifeEvent, subject, sourceEventKey, Map.of());
    }

    /** @param facts what the event told that the process routes on, e.g. {@code stillbirth=true} */
    EventOutcome openForPerson(CaseType lifeEvent, Fodselsnummer subject, String sourceEventKey, Map<String, Object> facts);

    /**
     * Continues the person's closed case of this life event with a new run of its process, when a register
     * corrects itself (a death withdrawn and registered again); skipped if the person has no such case.
     */
    EventOutcome reopenForPerson(CaseType lifeEvent, Fodselsnummer subject, String why);

    /**
     * Opens the case of a new organisation. Until cases can have an organisation as subject, the case is the
     * founder's.
     */
    EventOutcome openForOrganisation(CaseType lifeEvent, Organisasjonsnummer organisation, Fodselsnummer founder,
            String sourceEventKey);
}
