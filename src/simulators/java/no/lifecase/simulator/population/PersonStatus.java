package no.lifecase.simulator.population;

/** Folkeregisteret's person status ({@code Folkeregisterpersonstatus.status}), the values the simulation uses. */
public enum PersonStatus {
    BOSATT("bosatt"),
    UTFLYTTET("utflyttet"),
    DOED("doed"),
    /** D-number holders: known to the register, but not resident. */
    MIDLERTIDIG("midlertidig"),
    IKKE_BOSATT("ikkeBosatt");

    private final String code;

    PersonStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
