package no.lifecase.simulator.population;

/** Folkeregisteret's {@code Familierelasjontype}. */
public enum FamilyRole {
    MOR("mor"),
    FAR("far"),
    MEDMOR("medmor"),
    BARN("barn"),
    EKTEFELLE_ELLER_PARTNER("ektefelleEllerPartner"),
    DOEDFOEDT_BARN("doedfoedtBarn");

    private final String code;

    FamilyRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isParent() {
        return this == MOR || this == FAR || this == MEDMOR;
    }
}
