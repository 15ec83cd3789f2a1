package no.lifecase.register.udi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * UDI's answer on the basis of a person's residence. UDI publishes no API (docs/domain.md#udi), so the shape is ours
 * and UNVERIFIED: Norwegian field names as in UDI's case vocabulary, the basis as a string so that a new value does not
 * break a case.
 *
 * @param oppholdsgrunnlag beskyttelse, familieinnvandring, arbeid, studier or eoesRegistrering
 * @param vedtaksdato      the date of the decision that gave the residence
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Oppholdsgrunnlag(String foedselsEllerDNummer, String oppholdsgrunnlag, LocalDate vedtaksdato) {
}
