package no.lifecase.register.folkeregisteret;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folkeregisteret's person document ({@code folkeregisteret.tilgjengeliggjoering.person.v1.Folkeregisterperson},
 * FREG-OAS v1.5), with the properties Lifecase reads. Enum values stay strings: the register adds values, and an
 * unknown one must not break a case. Each property is a list of elements; {@link #current} picks the valid ones.
 * {@code doedsfall} is a single object in v1.5 and a list before, so both are accepted.
 *
 * <p>The document may hold a protected address: never log it, copy it into variables or show it in a task.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Folkeregisterperson(
        List<Identifikasjonsnummer> identifikasjonsnummer,
        List<Status> status,
        List<Navn> navn,
        List<Kjoenn> kjoenn,
        List<Foedsel> foedsel,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Doedsfall> doedsfall,
        List<Sivilstand> sivilstand,
        List<Familierelasjon> familierelasjon,
        List<Foreldreansvar> foreldreansvar,
        List<Statsborgerskap> statsborgerskap,
        List<Bostedsadresse> bostedsadresse,
        List<Oppholdsadresse> oppholdsadresse,
        List<Adressebeskyttelse> adressebeskyttelse,
        List<Innflytting> innflytting,
        List<Opphold> opphold) {

    public static final String STATUS_DOED = "doed";
    public static final String STATUS_BOSATT = "bosatt";
    public static final String NORWAY = "NOR";
    public static final String ROLE_CHILD = "barn";
    public static final String UNPROTECTED = "ugradert";

    public Folkeregisterperson {
        identifikasjonsnummer = orEmpty(identifikasjonsnummer);
        status = orEmpty(status);
        navn = orEmpty(navn);
        kjoenn = orEmpty(kjoenn);
        foedsel = orEmpty(foedsel);
        doedsfall = orEmpty(doedsfall);
        sivilstand = orEmpty(sivilstand);
        familierelasjon = orEmpty(familierelasjon);
        foreldreansvar = orEmpty(foreldreansvar);
        statsborgerskap = orEmpty(statsborgerskap);
        bostedsadresse = orEmpty(bostedsadresse);
        oppholdsadresse = orEmpty(oppholdsadresse);
        adressebeskyttelse = orEmpty(adressebeskyttelse);
        innflytting = orEmpty(innflytting);
        opphold = orEmpty(opphold);
    }

    /** The elements in force: the register marks earlier ones {@code erGjeldende=false}; a missing flag counts as in force. */
    public static <T extends Element> Stream<T> current(List<T> elements) {
        return elements.stream().filter(e -> !Boolean.FALSE.equals(e.erGjeldende()));
    }

    /** The name in force, first names first, as one line; empty when the register gives none. */
    public Optional<String> currentName() {
        return current(navn).map(name -> Stream.of(name.fornavn(), name.mellomnavn(), name.etternavn())
                        .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(" ")))
                .filter(name -> !name.isEmpty()).findFirst();
    }

    public Optional<String> currentStatus() {
        return current(status).map(Status::status).findFirst();
    }

    /** Dead by status, or by a death date in force. */
    public boolean isDead() {
        return currentStatus().filter(STATUS_DOED::equals).isPresent() || current(doedsfall).anyMatch(d -> d.doedsdato() != null);
    }

    /** The date of death in force, if the register has one. */
    public Optional<LocalDate> dateOfDeath() {
        return current(doedsfall).map(Doedsfall::doedsdato).filter(java.util.Objects::nonNull).findFirst();
    }

    /** The number in use says whether it is a D-number. */
    public boolean hasDNumber() {
        return current(identifikasjonsnummer).filter(i -> "iBruk".equals(i.status()))
                .anyMatch(i -> "dNummer".equals(i.identifikatortype()));
    }

    /** Registered as resident (status {@code bosatt}). */
    public boolean isResident() {
        return currentStatus().filter(STATUS_BOSATT::equals).isPresent();
    }

    /** A D-number that has ceased ({@code opphoert}): the person's number in use replaced it. */
    public boolean hasReplacedDNumber() {
        return identifikasjonsnummer.stream().anyMatch(i -> "dNummer".equals(i.identifikatortype()) && "opphoert".equals(i.status()));
    }

    /** The country moved from on the move to Norway in force (ISO 3166 alpha-3). */
    public Optional<String> immigratedFrom() {
        return current(innflytting).map(Innflytting::fraflyttingsland).filter(c -> c != null).findFirst();
    }

    /** Born outside Norway: the country of birth in force is another than {@code NOR} (ISO 3166 alpha-3). */
    public boolean bornAbroad() {
        return current(foedsel).map(Foedsel::foedeland).filter(country -> country != null)
                .anyMatch(country -> !NORWAY.equals(country));
    }

    /** The citizenships in force (ISO 3166 alpha-3). */
    public List<String> citizenships() {
        return current(statsborgerskap).map(Statsborgerskap::statsborgerskap).filter(country -> country != null).distinct().toList();
    }

    public Optional<LocalDate> birthDate() {
        return current(foedsel).map(Foedsel::foedselsdato).filter(d -> d != null).findFirst();
    }

    /** The spouse or registered partner in the civil status in force, also for the dead (who keep "gift"). */
    public Optional<String> spouse() {
        return current(sivilstand).filter(s -> "gift".equals(s.sivilstand()) || "registrertPartner".equals(s.sivilstand()))
                .map(Sivilstand::relatertVedSivilstand).filter(s -> s != null).findFirst();
    }

    public List<String> children() {
        return current(familierelasjon).filter(r -> ROLE_CHILD.equals(r.relatertPersonsRolle()) && r.relatertPerson() != null)
                .map(Familierelasjon::relatertPerson).toList();
    }

    /** On a child's document: the mother, as the register relates her. */
    public Optional<String> mother() {
        return current(familierelasjon).filter(r -> "mor".equals(r.relatertPersonsRolle()) && r.relatertPerson() != null)
                .map(Familierelasjon::relatertPerson).findFirst();
    }

    /**
     * A stillborn child registered on this mother on or after {@code since} ({@code doedfoedtBarn},
     * docs/domain.md#having-a-child).
     */
    public boolean hasStillbirthSince(LocalDate since) {
        return current(familierelasjon).anyMatch(r -> "doedfoedtBarn".equals(r.relatertPersonsRolle())
                && r.gyldighetstidspunkt() != null && !r.gyldighetstidspunkt().toLocalDate().isBefore(since));
    }

    /** A newborn is registered as "<mother's first name>*PIKE" or "*GUTT" until the parents choose a name. */
    public boolean hasTemporaryName() {
        return current(navn).anyMatch(name -> name.fornavn() != null && name.fornavn().contains("*"));
    }

    /** Whether the register has a residence address in force (protected or not): child benefit needs one. */
    public boolean hasResidenceAddress() {
        return current(bostedsadresse).findAny().isPresent();
    }

    /** On a child's document: the people with parental responsibility for the child. */
    public List<String> responsibleParents() {
        return current(foreldreansvar).map(Foreldreansvar::ansvarlig).filter(a -> a != null).distinct().toList();
    }

    /**
     * True for {@code fortrolig} and {@code strengtFortrolig} (and {@code klientadresse}): the address must not
     * leave the register's answer.
     */
    public boolean hasProtectedAddress() {
        return current(adressebeskyttelse).anyMatch(a -> a.graderingsnivaa() != null && !UNPROTECTED.equals(a.graderingsnivaa()))
                || current(bostedsadresse).anyMatch(a -> a.adressegradering() != null && !UNPROTECTED.equals(a.adressegradering()));
    }

    /** The kommunenummer of the residence in force; empty for protected addresses, whatever the document holds. */
    public Optional<String> residenceMunicipality() {
        if (hasProtectedAddress()) {
            return Optional.empty();
        }
        return current(bostedsadresse).map(Bostedsadresse::vegadresse).filter(v -> v != null)
                .map(Vegadresse::kommunenummer).filter(k -> k != null).findFirst();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The metadata every information element carries. */
    public interface Element {
        Boolean erGjeldende();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Identifikasjonsnummer(Boolean erGjeldende, String foedselsEllerDNummer, String identifikatortype, String status)
            implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(Boolean erGjeldende, String status) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Navn(Boolean erGjeldende, String fornavn, String mellomnavn, String etternavn) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Kjoenn(Boolean erGjeldende, String kjoenn) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Foedsel(Boolean erGjeldende, String foedselsaar, LocalDate foedselsdato, String foedeland,
                          String foedekommuneINorge) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Doedsfall(Boolean erGjeldende, LocalDate doedsdato) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sivilstand(Boolean erGjeldende, String sivilstand, LocalDate sivilstandsdato, String relatertVedSivilstand)
            implements Element {
    }

    /** @param relatertPersonsRolle and minRolleForPerson: mor, far, medmor, barn, soesken, ektefelleEllerPartner, doedfoedtBarn */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Familierelasjon(Boolean erGjeldende, String relatertPerson, String relatertPersonsRolle, String minRolleForPerson,
                                  OffsetDateTime gyldighetstidspunkt)
            implements Element {
    }

    /**
     * @param ansvar         felles, mor, far, medmor, andre, ukjent
     * @param ansvarlig      on the child's document: who holds the responsibility
     * @param ansvarssubjekt on the parent's document: the child
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Foreldreansvar(Boolean erGjeldende, String ansvar, String ansvarlig, String ansvarssubjekt) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statsborgerskap(Boolean erGjeldende, String statsborgerskap) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bostedsadresse(Boolean erGjeldende, String adressegradering, LocalDate flyttedato, Vegadresse vegadresse)
            implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Oppholdsadresse(Boolean erGjeldende, String adressegradering, Vegadresse vegadresse) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Vegadresse(String adressenavn, Adressenummer adressenummer, String kommunenummer, Poststed poststed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Adressenummer(String husnummer, String husbokstav) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Poststed(String postnummer, String poststedsnavn) {
    }

    /** @param graderingsnivaa ugradert, klientadresse, fortrolig, strengtFortrolig */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Adressebeskyttelse(Boolean erGjeldende, String graderingsnivaa) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Innflytting(Boolean erGjeldende, String fraflyttingsland, String fraflyttingsstedIUtlandet) implements Element {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Opphold(Boolean erGjeldende, String oppholdstillatelse, LocalDate oppholdFra, LocalDate oppholdTil)
            implements Element {
    }
}
