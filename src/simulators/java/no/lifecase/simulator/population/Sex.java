package no.lifecase.simulator.population;

/** Legal sex as Folkeregisteret records it ({@code kjoenn}). */
public enum Sex {
    FEMALE("kvinne"),
    MALE("mann");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The register's value. */
    public String code() {
        return code;
    }
}
