package no.lifecase.register.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What happened to a unit in the update feed (docs/domain.md#enhetsregisteret-update-feed). */
public enum Endringstype {
    UKJENT("Ukjent"),
    NY("Ny"),
    ENDRING("Endring"),
    SLETTING("Sletting"),
    /** Removed from open data for legal reasons: a copy must delete the unit too. */
    FJERNET("Fjernet");

    private final String value;

    Endringstype(String value) {
        this.value = value;
    }

    /** A type the register adds later reads as {@link #UKJENT} instead of stopping the feed. */
    @JsonCreator
    public static Endringstype of(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equalsIgnoreCase(value)).findFirst().orElse(UKJENT);
    }

    @JsonValue
    public String value() {
        return value;
    }
}
