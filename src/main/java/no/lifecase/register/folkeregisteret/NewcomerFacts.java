package no.lifecase.register.folkeregisteret;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the new-in-norway model needs to know about a newcomer, and nothing more: which identity number they hold,
 * whether they are resident, their age, where they came from and, only for an unprotected address, the
 * municipality of residence.
 *
 * @param age                   whole years on the day of the lookup; null when the register gives no birth date
 * @param fromCountry           ISO 3166 alpha-3 of innflytting.fraflyttingsland; null when none is registered
 * @param residenceMunicipality kommunenummer; null when unknown and always null for a protected address
 */
public record NewcomerFacts(boolean dNumber, boolean replacedDNumber, boolean resident, Integer age, String fromCountry,
                            boolean addressProtected, String residenceMunicipality) {

    public static final String FODSELSNUMMER = "fodselsnummer";
    public static final String FODSELSNUMMER_FROM_D_NUMBER = "fodselsnummer-from-d-number";
    public static final String D_NUMBER = "d-number";

    public NewcomerFacts {
        if (addressProtected) {
            residenceMunicipality = null;
        }
    }

    static NewcomerFacts of(Folkeregisterperson person, LocalDate today) {
        var age = person.birthDate().map(born -> Period.between(born, today).getYears()).orElse(null);
        return new NewcomerFacts(person.hasDNumber(), person.hasReplacedDNumber(), person.isResident(), age,
                person.immigratedFrom().orElse(null), person.hasProtectedAddress(), person.residenceMunicipality().orElse(null));
    }

    /** Which identity number the newcomer holds: a D-number, a fødselsnummer, or a fødselsnummer that replaced a D-number. */
    public String identityRoute() {
        if (dNumber) {
            return D_NUMBER;
        }
        return replacedDNumber ? FODSELSNUMMER_FROM_D_NUMBER : FODSELSNUMMER;
    }

    public Optional<String> municipality() {
        return Optional.ofNullable(residenceMunicipality);
    }

    /** The fields these facts were read from, for the case's access log: no address field for a protected address. */
    List<String> fieldsUsed() {
        var fields = new ArrayList<>(List.of("identifikasjonsnummer", "status", "foedsel.foedselsdato", "innflytting",
                "opphold", "adressebeskyttelse"));
        if (residenceMunicipality != null) {
            fields.add("bostedsadresse.vegadresse.kommunenummer");
        }
        return fields;
    }
}
