package no.lifecase.lifeevent;

import java.util.Map;
import no.lifecase.identity.Fodselsnummer;

/**
 * A life event that no register announces, so the citizen starts it in the portal (losing a job, a seriously ill
 * child). One Spring bean per such life event. The portal renders the start form of the life event's process (the
 * {@code camunda:formRef} of its start event), validates the answers against the form's own rules, then asks this
 * rule who the case is about and whether the citizen may start it, and opens the case with the answers as facts.
 */
public interface CitizenStart {

    LifeEvent lifeEvent();

    /**
     * @param citizen the person logged in
     * @param answers the start form's answers, already validated against the form
     */
    CitizenStartDecision decide(Fodselsnummer citizen, Map<String, Object> answers);
}
