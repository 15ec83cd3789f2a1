package no.lifecase.trigger;

/** Why an event opened no case and delivered no message. The text is stored and used as a metric tag. */
public enum SkipReason {
    UNKNOWN_EVENT_TYPE("unknown event type"),
    NOT_A_TRIGGER("not a life event trigger"),
    NOT_A_NEWBORN("person created, not a newborn"),
    INVALID_IDENTITY_NUMBER("invalid identity number"),
    INVALID_ORGANISATION_NUMBER("invalid organisation number"),
    NO_ORGANISATION_FORM("no organisation form in event"),
    ORGANISATION_FORM_NOT_A_TRIGGER("organisation form not a life event trigger"),
    NO_FOUNDER("no founder in event"),
    INVALID_FOUNDER("invalid founder identity number"),
    CASE_ALREADY_RUNNING("case already running"),
    NO_RUNNING_CASE("no running case"),
    CASE_NOT_WAITING("case not waiting for the message"),
    LIFE_EVENT_NOT_DEPLOYED("no process deployed for the life event"),
    /** Only counted, never stored: the event was handled before, by this node or another. */
    ALREADY_HANDLED("already handled");

    private final String text;

    SkipReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
