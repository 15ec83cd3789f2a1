package no.lifecase.simulator.population;

/** Folkeregisteret's {@code Adressegradering}. */
public enum AddressProtection {
    UGRADERT("ugradert"),
    FORTROLIG("fortrolig"),
    STRENGT_FORTROLIG("strengtFortrolig");

    private final String code;

    AddressProtection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isProtected() {
        return this != UGRADERT;
    }
}
