package no.lifecase.register.folkeregisteret;

import java.util.List;

/**
 * Where a person belongs, as far as a benefit's residence rules ask: registered as resident in Norway, born abroad, and
 * the citizenships in force (ISO 3166 alpha-3).
 */
public record Residence(boolean resident, boolean bornAbroad, List<String> citizenships) {

    public Residence {
        citizenships = List.copyOf(citizenships);
    }

    static Residence of(Folkeregisterperson person) {
        return new Residence(person.isResident(), person.bornAbroad(), person.citizenships());
    }

    /** The fields these facts were read from, for the case's access log. */
    static List<String> fieldsUsed() {
        return List.of("identifikasjonsnummer", "status", "foedsel.foedeland", "statsborgerskap");
    }
}
