package no.lifecase.simulator.enhetsregisteret;

/** The organisation forms the simulation founds (docs/domain.md#organisation-forms). */
public enum OrganisationForm {
    ENK("Enkeltpersonforetak"),
    AS("Aksjeselskap"),
    FLI("Forening/lag/innretning");

    private final String description;

    OrganisationForm(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
