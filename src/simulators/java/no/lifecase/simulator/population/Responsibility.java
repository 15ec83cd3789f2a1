package no.lifecase.simulator.population;

/** Who holds parental responsibility ({@code Foreldreansvarstype}). */
public enum Responsibility {
    FELLES("felles"),
    MOR("mor"),
    FAR("far"),
    MEDMOR("medmor");

    private final String code;

    Responsibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
