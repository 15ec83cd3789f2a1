package no.lifecase.register.inntekt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of a-ordningen's income list ({@code hentinntektliste}): per month ({@code aarMaaned}, "2026-03") the
 * incomes reported in a-meldingen, each with its amount and the reporting business. Only what we read is mapped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InntektListe(List<Maaned> arbeidsInntektMaaned) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Maaned(String aarMaaned, Informasjon arbeidsInntektInformasjon) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Informasjon(List<Inntekt> inntektListe) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inntekt(String inntektType, BigDecimal beloep, Aktoer virksomhet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Aktoer(String identifikator, String aktoerType) {
    }
}
