package no.lifecase.register.frivillighetsregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An organisation in Frivillighetsregisteret, as {@code GET /frivillige-organisasjoner/{orgnr}} returns it
 * (docs/domain.md#frivillighetsregisteret). Being registered is what opens Grasrotandelen to it.
 *
 * @param innfoertDato        when it was (last) entered in the register
 * @param foersteGangInnfoert when it was first entered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FrivilligOrganisasjon(
        String organisasjonsnummer,
        String frivilligOrganisasjonsstatus,
        String kontonummer,
        LocalDate innfoertDato,
        LocalDate foersteGangInnfoert,
        Grasrotandel grasrotandel,
        Regnskapsrapportering regnskapsrapportering,
        Vedtekter vedtekter,
        List<IcnpoKategori> icnpoKategorier) {

    public FrivilligOrganisasjon {
        icnpoKategorier = icnpoKategorier == null ? List.of() : List.copyOf(icnpoKategorier);
    }

    /** The main ICNPO category: the one the organisation put first. */
    public Optional<IcnpoKategori> hovedkategori() {
        return icnpoKategorier.stream()
                .min(Comparator.comparing(IcnpoKategori::rekkefoelge, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    public boolean deltarIGrasrotandelen() {
        return grasrotandel != null && grasrotandel.deltarI();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grasrotandel(boolean deltarI, Periode utestengelsesperiode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Periode(LocalDate fraDato, LocalDate tilDato) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Regnskapsrapportering(boolean harPaatattSegRapporteringsplikt,
                                        SistInnsendteAarsregnskap sistInnsendteAarsregnskap) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SistInnsendteAarsregnskap(Integer regnskapsaar, LocalDate registreringsdato) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Vedtekter(boolean frivilligRegistrerteVedtekter, LocalDate sistOppdaterteVedtekter) {
    }

    /**
     * An ICNPO category (International Classification of Non-Profit Organisations).
     *
     * @param kategori    the category, e.g. "1"
     * @param icnpoNummer the sub-category, e.g. "1.100"
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IcnpoKategori(String kategori, String icnpoNummer, String navn, Integer rekkefoelge) {
    }
}
