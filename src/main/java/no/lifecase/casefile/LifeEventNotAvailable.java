package no.lifecase.casefile;


/** The life event is known, but no process model for it is deployed. */
public class LifeEventNotAvailable extends RuntimeException {

    LifeEventNotAvailable(CaseType lifeEvent) {
        super("Life event '" + lifeEvent.id() + "' has no deployed process yet");
    }
}
