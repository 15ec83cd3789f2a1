package no.lifecase.casefile;


/** A case of this life event is already open for the person (or the organisation): no second one is opened. */
public class CaseAlreadyOpen extends RuntimeException {

    private final CaseType lifeEvent;
    private final CaseReference reference;

    public CaseAlreadyOpen(CaseType lifeEvent, CaseReference reference) {
        super("A " + lifeEvent.id() + " case is already open for this subject: " + reference.value());
        this.lifeEvent = lifeEvent;
        this.reference = reference;
    }

    public CaseType lifeEvent() {
        return lifeEvent;
    }

    /** The open case. */
    public CaseReference reference() {
        return reference;
    }
}
