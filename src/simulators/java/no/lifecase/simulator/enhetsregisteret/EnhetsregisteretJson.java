package no.lifecase.simulator.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lifecase.simulator.population.Address;
import no.lifecase.simulator.population.Municipality;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;

/**
 * The simulated units in Enhetsregisteret's own JSON shapes (docs/domain.md#enhetsregisteret and
 * docs/domain.md#enhetsregisteret-update-feed). Its own records, not the client's DTOs: the contract tests then prove
 * that the client reads what the register writes.
 */
final class EnhetsregisteretJson {

    private static final Map<OrganisationForm, Kode> SECTORS = Map.of(
            OrganisationForm.ENK, new Kode("8200", "Personlig næringsdrivende"),
            OrganisationForm.AS, new Kode("2100", "Private aksjeselskaper mv."),
            OrganisationForm.FLI, new Kode("7000", "Ideelle organisasjoner"));
    private static final Map<String, String> ROLE_NAMES = Map.of(
            "DAGL", "Daglig leder/ adm.direktør", "INNH", "Innehaver", "LEDE", "Styrets leder",
            "NEST", "Nestleder", "MEDL", "Styremedlem", "VARA", "Varamedlem");

    private EnhetsregisteretJson() {
    }

    static Enhet enhet(SimulatedUnit unit, String baseUrl) {
        var address = adresse(unit.businessAddress());
        var form = new Kode(unit.form().name(), unit.form().description(),
                Map.of("self", new Href(baseUrl + "/organisasjonsformer/" + unit.form().name())));
        return new Enhet(unit.organisationNumber(), unit.name(), form, address, unit.registered(),
                unit.vatRegistered(), new Kode(unit.industry().code(), unit.industry().description()),
                unit.employees() > 0 ? unit.employees() : null, unit.employees() > 0, address,
                unit.form() == OrganisationForm.ENK ? null : unit.founded(), SECTORS.get(unit.form()),
                unit.inForetaksregisteret(), false, unit.inFrivillighetsregisteret(), false, false, false, "Bokmål",
                Map.of("self", new Href(baseUrl + "/enheter/" + unit.organisationNumber())));
    }

    /**
     * The roles in their groups. Persons get their fødselsnummer as the authorised API gives it: the simulator has
     * no one to protect, and Lifecase needs the numbers (see the register client).
     */
    static Roller roller(SimulatedUnit unit, Population population) {
        var groups = new LinkedHashMap<String, List<Rolle>>();
        int order = 0;
        for (var role : unit.roles()) {
            var group = switch (role.code()) {
                case "DAGL" -> "DAGL";
                case "INNH" -> "INNH";
                default -> "STYR";
            };
            var person = population.find(role.identityNumber()).map(EnhetsregisteretJson::person).orElse(null);
            groups.computeIfAbsent(group, key -> new ArrayList<>())
                    .add(new Rolle(new Kode(role.code(), ROLE_NAMES.get(role.code())), person, false, false, order++));
        }
        var rollegrupper = groups.entrySet().stream()
                .map(entry -> new Rollegruppe(new Kode(entry.getKey(), groupName(entry.getKey())), unit.registered(), entry.getValue()))
                .toList();
        return new Roller(rollegrupper);
    }

    static Oppdateringer oppdateringer(List<SimulatedEnhetsregister.Update> page, int pageNumber, int size, long total,
                                       String baseUrl, String query) {
        var links = new LinkedHashMap<String, Href>();
        int totalPages = (int) ((total + size - 1) / size);
        links.put("first", new Href(baseUrl + "/oppdateringer/enheter?" + query + "page=0&size=" + size));
        links.put("self", new Href(baseUrl + "/oppdateringer/enheter?" + query + "page=" + pageNumber + "&size=" + size));
        if (pageNumber + 1 < totalPages) {
            links.put("next", new Href(baseUrl + "/oppdateringer/enheter?" + query + "page=" + (pageNumber + 1) + "&size=" + size));
        }
        if (totalPages > 0) {
            links.put("last", new Href(baseUrl + "/oppdateringer/enheter?" + query + "page=" + (totalPages - 1) + "&size=" + size));
        }
        var embedded = page.isEmpty() ? null : new Embedded(page.stream()
                .map(update -> new OppdatertEnhet(update.oppdateringsid(), update.dato(), update.organisationNumber(),
                        update.endringstype(), Map.of("enhet", new Href(baseUrl + "/enheter/" + update.organisationNumber()))))
                .toList());
        return new Oppdateringer(embedded, links, new Side(size, total, totalPages, pageNumber));
    }

    private static Person person(SimulatedPerson person) {
        return new Person(person.identityNumber(), person.birthDate(),
                new Navn(person.givenName(), null, person.familyName()), !person.isAlive());
    }

    private static String groupName(String code) {
        return switch (code) {
            case "DAGL" -> "Daglig leder/ adm.direktør";
            case "INNH" -> "Innehaver";
            default -> "Styre";
        };
    }

    private static Adresse adresse(Address address) {
        if (address == null) {
            return null;
        }
        var municipality = Municipality.ALL.stream().filter(m -> m.number().equals(address.municipalityNumber()))
                .map(m -> m.name().toUpperCase(Locale.ROOT)).findFirst().orElse(address.postalPlace());
        return new Adresse("Norge", "NO", address.postalCode(), address.postalPlace(),
                List.of(address.streetName() + " " + address.houseNumber()), municipality, address.municipalityNumber());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Enhet(String organisasjonsnummer, String navn, Kode organisasjonsform, Adresse postadresse,
                 LocalDate registreringsdatoEnhetsregisteret, boolean registrertIMvaregisteret, Kode naeringskode1,
                 Integer antallAnsatte, boolean harRegistrertAntallAnsatte, Adresse forretningsadresse,
                 LocalDate stiftelsesdato, Kode institusjonellSektorkode, boolean registrertIForetaksregisteret,
                 boolean registrertIStiftelsesregisteret, boolean registrertIFrivillighetsregisteret, boolean konkurs,
                 boolean underAvvikling, boolean underTvangsavviklingEllerTvangsopplosning, String maalform,
                 @JsonProperty("_links") Map<String, Href> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Kode(String kode, String beskrivelse, @JsonProperty("_links") Map<String, Href> links) {

        Kode(String kode, String beskrivelse) {
            this(kode, beskrivelse, null);
        }
    }

    record Href(String href) {
    }

    record Adresse(String land, String landkode, String postnummer, String poststed, List<String> adresse,
                   String kommune, String kommunenummer) {
    }

    record Roller(List<Rollegruppe> rollegrupper) {
    }

    record Rollegruppe(Kode type, LocalDate sistEndret, List<Rolle> roller) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rolle(Kode type, Person person, boolean avregistrert, boolean fratraadt, int rekkefolge) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(String fodselsnummer, LocalDate fodselsdato, Navn navn, boolean erDoed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Navn(String fornavn, String mellomnavn, String etternavn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Oppdateringer(@JsonProperty("_embedded") Embedded embedded, @JsonProperty("_links") Map<String, Href> links, Side page) {
    }

    record Embedded(List<OppdatertEnhet> oppdaterteEnheter) {
    }

    record OppdatertEnhet(long oppdateringsid, Instant dato, String organisasjonsnummer, String endringstype,
                          @JsonProperty("_links") Map<String, Href> links) {
    }

    record Side(int size, long totalElements, int totalPages, int number) {
    }
}
