package no.lifecase.casefile;

import no.lifecase.lifeevent.LifeEvent;

/** The life event is known, but no process model for it is deployed. */
public class LifeEventNotAvailable extends RuntimeException {

    LifeEventNotAvailable(LifeEvent lifeEvent) {
        super("Life event '" + lifeEvent.id() + "' has no deployed process yet");
    }
}
