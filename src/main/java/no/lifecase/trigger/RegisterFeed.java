package no.lifecase.trigger;

/** The registers whose feeds start or steer life events; decides how a feed's events are read. */
public enum RegisterFeed {
    /** Folkeregisteret's hendelsesliste: births, deaths, immigration. */
    FOLKEREGISTERET("folkeregisteret"),
    /** Enhetsregisteret's update feed ({@code /oppdateringer/enheter}): new businesses and organisations. */
    ENHETSREGISTERET("enhetsregisteret"),
    /** The courts' estate-case feed (Domstolene's hendelsesliste). */
    DOMSTOL("domstol");

    private final String feedName;

    RegisterFeed(String feedName) {
        this.feedName = feedName;
    }

    /** The name a feed of this register has unless its source says otherwise. */
    public String feedName() {
        return feedName;
    }
}
