package no.lifecase.register.aaregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One employment as Aa-registeret's arbeidstaker API (v1) returns it: the employer (an organisation, by
 * organisasjonsnummer), the period of employment and the agreements with their position percentage. Only what we
 * read is mapped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Arbeidsforhold(Long navArbeidsforholdId, Arbeidsgiver arbeidsgiver, Ansettelsesperiode ansettelsesperiode,
                             List<Arbeidsavtale> arbeidsavtaler) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Arbeidsgiver(String type, String organisasjonsnummer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ansettelsesperiode(Periode periode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Periode(LocalDate fom, LocalDate tom) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Arbeidsavtale(Double stillingsprosent) {
    }

    public String employer() {
        return arbeidsgiver == null ? null : arbeidsgiver.organisasjonsnummer();
    }

    public LocalDate startDate() {
        return ansettelsesperiode == null || ansettelsesperiode.periode() == null ? null : ansettelsesperiode.periode().fom();
    }
}
