package no.lifecase.register.folkeregisteret;

/**
 * Which slice of the person to ask for ({@code ?part=}): the register's data minimisation. Ask for what the step
 * uses and no more; every part asked for is logged on the case.
 */
public enum Part {
    /** Identity, status, death, civil status, birth, citizenship, sex, name, addresses, address protection. */
    PERSON_BASIS("person-basis"),
    /** Family relations, parental responsibility and guardianship. */
    RELASJON_UTVIDET("relasjon-utvidet"),
    /** Earlier values of what is asked for. */
    HISTORIKK("historikk"),
    /** Birth only: enough to tell a child's age. */
    FOEDSEL("foedsel"),
    /** Person status only: alive, dead, resident. */
    STATUS("status"),
    /** Civil status only: married, widowed, and to whom. */
    SIVILSTAND("sivilstand"),
    INNFLYTTING("innflytting"),
    OPPHOLD("opphold"),
    /** Death only: the date of death, if any. */
    DOEDSFALL("doedsfall");

    private final String value;

    Part(String value) {
        this.value = value;
    }

    /** The value of the query parameter. */
    public String value() {
        return value;
    }
}
