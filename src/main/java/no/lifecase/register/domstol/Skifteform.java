package no.lifecase.register.domstol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * How the estate is settled (skifteform), with the courts' codes (docs/domain.md#courts-estate-feed,
 * docs/domain.md#death-and-inheritance). The heirs choose within 60 days of the death; until then the case says
 * {@link #UNDECIDED}.
 */
public enum Skifteform {
    /** Ikke avgjort: the heirs have not chosen yet. */
    UNDECIDED("IKKE_AVGJORT"),
    /** Privat skifte: the heirs settle the estate themselves; at least one takes on the debt; the court issues a skifteattest. */
    PRIVATE_SETTLEMENT("PRIVAT_SKIFTE"),
    /** Uskifte: the surviving spouse keeps the estate undivided; the court issues an uskifteattest. */
    UNDIVIDED_ESTATE("USKIFTE"),
    /** Offentlig skifte: the court settles the estate through a bostyrer. */
    PUBLIC_SETTLEMENT("OFFENTLIG_SKIFTE"),
    /** Privat skifte av dødsbo med liten verdi: a small estate, where the heirs' debt liability is limited to the assets. */
    SMALL_ESTATE("PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI"),
    /** A code the courts added after this was written. */
    UNKNOWN(null);

    private final String code;

    Skifteform(String code) {
        this.code = code;
    }

    @JsonCreator
    public static Skifteform of(String code) {
        if (code == null) {
            return UNDECIDED;
        }
        return Arrays.stream(values()).filter(form -> code.equals(form.code)).findFirst().orElse(UNKNOWN);
    }

    /** The courts' code, e.g. {@code PRIVAT_SKIFTE}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether the heirs have chosen. */
    public boolean isDecided() {
        return this != UNDECIDED && this != UNKNOWN;
    }
}
