package no.lifecase.lifeevent;

import java.util.Map;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberType;
import no.lifecase.identity.LevelOfAssurance;

/**
 * A life event that no register announces, so the citizen starts it in the portal (losing a job, a seriously ill
 * child). One Spring bean per such life event. The portal renders the start form of the life event's process (the
 * {@code camunda:formRef} of its start event), validates the answers against the form's own rules, then asks this
 * rule who the case is about and whether the citizen may start it, and opens the case with the answers as facts.
 */
public interface CitizenStart {

    LifeEvent lifeEvent();

    /**
     * The level of assurance the citizen must have logged in with to start it; the portal refuses a lower one with
     * the message {@code start.refused.level} before asking {@link #decide}. The portal's own minimum by default.
     */
    default LevelOfAssurance requiredLevel() {
        return LevelOfAssurance.SUBSTANTIAL;
    }

    /**
     * The start form's fields that hold an identity number, and which kind. The portal checks them (length, check
     * digits, a real date) together with the form's own rules, before {@link #decide}: a malformed number is a typing
     * error the citizen corrects (422 naming the field), never a refusal (ADR 0036). None by default.
     */
    default Map<String, IdentityNumberType> identityNumberFields() {
        return Map.of();
    }

    /**
     * @param citizen the person logged in
     * @param answers the start form's answers, already validated against the form, identity numbers included
     */
    CitizenStartDecision decide(Fodselsnummer citizen, Map<String, Object> answers);
}
