package no.lifecase.simulator.population;

/** Folkeregisteret's {@code sivilstand}, the values the simulation uses. */
public enum CivilStatus {
    UGIFT("ugift"),
    GIFT("gift"),
    REGISTRERT_PARTNER("registrertPartner"),
    SKILT("skilt"),
    ENKE_ELLER_ENKEMANN("enkeEllerEnkemann"),
    GJENLEVENDE_PARTNER("gjenlevendePartner");

    private final String code;

    CivilStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Married or in a registered partnership: the spouse is a {@code relatertVedSivilstand}. */
    public boolean hasSpouse() {
        return this == GIFT || this == REGISTRERT_PARTNER;
    }

    /** What the survivor becomes when the spouse dies. */
    public CivilStatus whenWidowed() {
        return this == REGISTRERT_PARTNER ? GJENLEVENDE_PARTNER : ENKE_ELLER_ENKEMANN;
    }
}
