package no.lifecase.register.folkeregisteret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a process needs to know about a person to choose its path, and nothing more.
 *
 * @param residenceMunicipality kommunenummer; null when unknown and always null for a protected address
 * @param dateOfDeath           null unless the register has a date of death in force
 */
public record PersonFacts(boolean dead, boolean dNumber, boolean addressProtected, String residenceMunicipality,
                          boolean hasResidenceAddress, boolean temporaryName, LocalDate dateOfDeath) {

    public PersonFacts(boolean dead, boolean dNumber, boolean addressProtected, String residenceMunicipality,
                       boolean hasResidenceAddress, boolean temporaryName) {
        this(dead, dNumber, addressProtected, residenceMunicipality, hasResidenceAddress, temporaryName, null);
    }

    public PersonFacts {
        if (addressProtected) {
            residenceMunicipality = null;
        }
    }

    static PersonFacts of(Folkeregisterperson person) {
        return new PersonFacts(person.isDead(), person.hasDNumber(), person.hasProtectedAddress(),
                person.residenceMunicipality().orElse(null), person.hasResidenceAddress(), person.hasTemporaryName(),
                person.dateOfDeath().orElse(null));
    }

    public Optional<String> municipality() {
        return Optional.ofNullable(residenceMunicipality);
    }

    /** The fields these facts were read from, for the case's access log: no address field for a protected address. */
    List<String> fieldsUsed() {
        var fields = new ArrayList<>(List.of("identifikasjonsnummer", "navn", "status", "doedsfall", "adressebeskyttelse"));
        if (residenceMunicipality != null) {
            fields.add("bostedsadresse.vegadresse.kommunenummer");
        }
        return fields;
    }
}
