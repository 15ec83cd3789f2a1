package no.lifecase.referencedata;

/** A new entry that cannot be stored, with the reason a process owner reads. */
public class ReferenceEntryRefused extends RuntimeException {

    /** Why: the value does not fit its kind, or the key already has an entry from that date. */
    public enum Why { INVALID, DUPLICATE_DATE }

    private final Why why;

    ReferenceEntryRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
