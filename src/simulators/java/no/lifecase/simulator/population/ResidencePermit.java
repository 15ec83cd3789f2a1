package no.lifecase.simulator.population;

import java.time.LocalDate;

/** {@code opphold}: the residence permit of a non-EEA citizen. */
public record ResidencePermit(Kind kind, LocalDate from, LocalDate until) {

    public enum Kind {
        MIDLERTIDIG("midlertidig"),
        PERMANENT("permanent");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
