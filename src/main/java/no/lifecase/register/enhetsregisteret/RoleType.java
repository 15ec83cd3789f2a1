package no.lifecase.register.enhetsregisteret;

/** The role codes Lifecase acts on ({@code type.kode} of a role in Enhetsregisteret). */
public enum RoleType {
    DAGLIG_LEDER("DAGL"),
    STYRELEDER("LEDE"),
    NESTLEDER("NEST"),
    STYREMEDLEM("MEDL"),
    VARAMEDLEM("VARA"),
    INNEHAVER("INNH"),
    KONTAKTPERSON("KONT");

    private final String kode;

    RoleType(String kode) {
        this.kode = kode;
    }

    public String kode() {
        return kode;
    }
}
