package no.lifecase.register.domstol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;

/**
 * A party to a death case: an heir, the surviving spouse, a creditor (docs/domain.md#courts-estate-feed).
 *
 * @param type               Person (with {@code nin}), PersonPapp (known on paper: name and birth date),
 *                           Foretak (with {@code organisasjonsNummer}) or ForetakPapp
 * @param role               BARN, GJENLEV_EKTEFELLE_PARTNER, ... (the spec's list; kept as text, since test data
 *                           uses codes outside it)
 * @param paatarGjeldsansvar the heir takes on liability for the deceased's debt, the condition for private settlement
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Part(
        String type,
        String nin,
        String role,
        Formuesfullmakt formuesfullmakt,
        String signertDato,
        @JsonAlias("onsketSkifteForm") String onsketSkifteform,
        boolean paatarGjeldsansvar,
        @JsonAlias("godkjennerSkifteAttest") boolean godkjennerSkifteattest,
        boolean mottakerOriginalSkifteattest,
        Navn navn,
        @JsonDeserialize(using = DateOrDateTime.class) LocalDate dateOfBirth,
        String organisasjonsNummer) {

    /** A party the case names by identity number; the spec has no {@code type}, so a missing type with a nin counts. */
    public boolean isPerson() {
        return nin != null && (type == null || "Person".equals(type));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Navn(String firstName, String lastName) {
    }

    /**
     * Whether the party holds a formuesfullmakt (insight into assets and debt). The spec gives INGEN or
     * ALTINN_DODSBO; the courts' test data a boolean. Both are read.
     */
    public enum Formuesfullmakt {
        INGEN, ALTINN_DODSBO;

        @JsonCreator
        static Formuesfullmakt of(Object value) {
            if (value instanceof Boolean granted) {
                return granted ? ALTINN_DODSBO : INGEN;
            }
            return "ALTINN_DODSBO".equals(value) ? ALTINN_DODSBO : INGEN;
        }
    }
}
