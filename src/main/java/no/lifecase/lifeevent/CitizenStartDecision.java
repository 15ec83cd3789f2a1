package no.lifecase.lifeevent;

import java.util.Map;
import no.lifecase.identity.Fodselsnummer;

/** What a {@link CitizenStart} rule decided: open a case about a subject, or refuse with a reason the portal shows. */
public sealed interface CitizenStartDecision {

    /** Open the case about {@code subject} (the citizen, or e.g. the child), with these start variables. */
    record Open(Fodselsnummer subject, Map<String, Object> variables) implements CitizenStartDecision {
    }

    /**
     * Refuse. {@code field} is the start-form field the reason concerns (or null for the form as a whole);
     * {@code messageKey} is a key in {@code messages.properties}, shown in the citizen's language.
     */
    record Refused(String field, String messageKey) implements CitizenStartDecision {
    }
}
