package no.lifecase.simulator.population;

import java.time.LocalDate;

/** {@code innflytting}: moved to Norway from this country (ISO 3166 alpha-3) on this date. */
public record Immigration(String fromCountry, LocalDate date) {
}
