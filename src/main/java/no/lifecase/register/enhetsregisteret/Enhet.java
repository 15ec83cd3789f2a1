package no.lifecase.register.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit in Enhetsregisteret, as {@code GET /enheter/{orgnr}} returns it (docs/domain.md#enhetsregisteret). Only the
 * fields Lifecase uses are mapped; the register sends many more.
 *
 * @param slettedato set when the unit is deleted: the register still answers 200 for it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Enhet(
        String organisasjonsnummer,
        String navn,
        Kode organisasjonsform,
        Adresse postadresse,
        Adresse forretningsadresse,
        LocalDate registreringsdatoEnhetsregisteret,
        // The OpenAPI file spells it "stiftelsedato"; the live API "stiftelsesdato".
        @JsonAlias("stiftelsedato") LocalDate stiftelsesdato,
        Kode naeringskode1,
        Kode institusjonellSektorkode,
        Integer antallAnsatte,
        Boolean harRegistrertAntallAnsatte,
        boolean registrertIMvaregisteret,
        boolean registrertIForetaksregisteret,
        boolean registrertIFrivillighetsregisteret,
        boolean registrertIStiftelsesregisteret,
        boolean konkurs,
        boolean underAvvikling,
        boolean underTvangsavviklingEllerTvangsopplosning,
        String maalform,
        String hjemmeside,
        LocalDate slettedato) {

    /**
     * The organisation form code (ENK, AS, FLI, ...; docs/domain.md#organisation-forms), or empty if the register gave
     * none.
     */
    public Optional<String> organisasjonsformKode() {
        return Optional.ofNullable(organisasjonsform).map(Kode::kode);
    }

    public boolean isDeleted() {
        return slettedato != null;
    }

    /** A missing count means none is registered, which the case treats as no employees. */
    public boolean hasEmployees() {
        return antallAnsatte != null && antallAnsatte > 0;
    }
}
