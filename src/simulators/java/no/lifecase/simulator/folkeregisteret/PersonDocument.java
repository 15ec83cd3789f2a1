package no.lifecase.simulator.folkeregisteret;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.Address;
import no.lifecase.simulator.population.AddressProtection;
import no.lifecase.simulator.population.FamilyRelation;
import no.lifecase.simulator.population.ParentalResponsibility;
import no.lifecase.simulator.population.PersonStatus;
import no.lifecase.simulator.population.SimulatedPerson;

/**
 * Renders a simulated person as Folkeregisteret's {@code Folkeregisterperson} JSON (FREG-OAS v1.5): property
 * names and enum values exactly as the register has them, most properties as arrays of elements with
 * {@code erGjeldende}. Built from maps, not from the client's DTOs, so the contract test compares two
 * independent readings of the spec.
 *
 * <p>Address protection as the register applies it to offentlig-med-hjemmel: {@code fortrolig} addresses are
 * shared and marked; for {@code strengtFortrolig} no address of any kind is shared, not even the municipality.
 */
final class PersonDocument {

    private static final String KILDE = "Lifecase-simulator";

    private PersonDocument() {
    }

    static Map<String, Object> render(SimulatedPerson person, Parts parts, List<SimulatedPerson> earlier) {
        var document = new LinkedHashMap<String, Object>();
        var history = parts.history() ? earlier : List.<SimulatedPerson>of();
        put(document, parts, "identifikasjonsnummer", identityNumbers(person));
        put(document, parts, "identitetsgrunnlag", List.of(element(true, person.birthDate(),
                "identitetsgrunnlagstatus", person.hasDNumber() ? "ikkeKontrollert" : "kontrollert")));
        put(document, parts, "status", withHistory(person, history, PersonDocument::status));
        if (parts.includes("doedsfall") && person.deathDate() != null) {
            document.put("doedsfall", element(true, person.deathDate(), "doedsdato", person.deathDate().toString()));
        }
        put(document, parts, "sivilstand", withHistory(person, history, PersonDocument::civilStatus));
        put(document, parts, "foedsel", List.of(birth(person)));
        put(document, parts, "statsborgerskap", List.of(element(true, person.birthDate(), "statsborgerskap", person.citizenship())));
        put(document, parts, "kjoenn", List.of(element(true, person.birthDate(), "kjoenn", person.sex().code())));
        put(document, parts, "navn", withHistory(person, history, PersonDocument::name));
        if (person.addressProtection() != AddressProtection.STRENGT_FORTROLIG) {
            var addressHistory = history.stream().filter(p -> !p.hasProtectedAddress()).toList();
            put(document, parts, "bostedsadresse", withHistory(person, addressHistory, PersonDocument::residence));
            put(document, parts, "oppholdsadresse", withHistory(person, addressHistory, PersonDocument::stay));
        }
        if (person.hasProtectedAddress()) {
            put(document, parts, "adressebeskyttelse", List.of(element(true, null, "graderingsnivaa", person.addressProtection().code())));
        }
        put(document, parts, "familierelasjon", person.relations().stream().map(PersonDocument::relation).toList());
        put(document, parts, "foreldreansvar", person.responsibilities().stream().map(r -> responsibility(person, r)).toList());
        if (person.immigration() != null) {
            put(document, parts, "innflytting", List.of(element(true, person.immigration().date(),
                    "fraflyttingsland", person.immigration().fromCountry())));
        }
        if (person.residencePermit() != null) {
            var permit = element(true, person.residencePermit().from(), "oppholdstillatelse", person.residencePermit().kind().code());
            permit.put("oppholdFra", person.residencePermit().from().toString());
            if (person.residencePermit().until() != null) {
                permit.put("oppholdTil", person.residencePermit().until().toString());
            }
            put(document, parts, "opphold", List.of(permit));
        }
        return document;
    }

    private static void put(Map<String, Object> document, Parts parts, String property, List<Map<String, Object>> elements) {
        if (parts.includes(property) && !elements.isEmpty()) {
            document.put(property, elements);
        }
    }

    /** The current element first, then each distinct earlier one, marked erGjeldende=false. */
    private static List<Map<String, Object>> withHistory(SimulatedPerson person, List<SimulatedPerson> earlier,
                                                         Function<SimulatedPerson, Map<String, Object>> render) {
        List<Map<String, Object>> elements = new ArrayList<>();
        var current = render.apply(person);
        if (current != null) {
            elements.add(current);
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            var old = render.apply(earlier.get(i));
            if (old != null) {
                old.put("erGjeldende", false);
                if (elements.stream().noneMatch(e -> sameValue(e, old))) {
                    elements.add(old);
                }
            }
        }
        return elements;
    }

    private static boolean sameValue(Map<String, Object> a, Map<String, Object> b) {
        var left = new LinkedHashMap<>(a);
        var right = new LinkedHashMap<>(b);
        left.remove("erGjeldende");
        right.remove("erGjeldende");
        return left.equals(right);
    }

    private static List<Map<String, Object>> identityNumbers(SimulatedPerson person) {
        List<Map<String, Object>> numbers = new ArrayList<>();
        var current = element(true, person.birthDate(), "foedselsEllerDNummer", person.identityNumber());
        current.put("identifikatortype", person.hasDNumber() ? "dNummer" : "foedselsnummer");
        current.put("status", "iBruk");
        numbers.add(current);
        for (var former : person.formerIdentityNumbers()) {
            var old = element(false, null, "foedselsEllerDNummer", former);
            old.put("identifikatortype", Fodselsnummer.parse(former).isDNumber() ? "dNummer" : "foedselsnummer");
            old.put("status", "opphoert");
            numbers.add(old);
        }
        return numbers;
    }

    private static Map<String, Object> status(SimulatedPerson person) {
        return element(true, person.deathDate() != null ? person.deathDate() : null, "status", person.status().code());
    }

    private static Map<String, Object> civilStatus(SimulatedPerson person) {
        var element = element(true, person.civilStatusDate(), "sivilstand", person.civilStatus().code());
        if (person.civilStatusDate() != null) {
            element.put("sivilstandsdato", person.civilStatusDate().toString());
        }
        if (person.spouse() != null) {
            element.put("relatertVedSivilstand", person.spouse());
        }
        return element;
    }

    private static Map<String, Object> name(SimulatedPerson person) {
        var element = element(true, null, "fornavn", person.givenName());
        element.put("etternavn", person.familyName());
        return element;
    }

    private static Map<String, Object> birth(SimulatedPerson person) {
        var element = element(true, person.birthDate(), "foedselsaar", String.valueOf(person.birthDate().getYear()));
        element.put("foedselsdato", person.birthDate().toString());
        element.put("foedeland", person.birthCountry());
        if (person.birthMunicipality() != null) {
            element.put("foedekommuneINorge", person.birthMunicipality());
        }
        return element;
    }

    /** Residents have a bostedsadresse; those not resident (D-numbers) an oppholdsadresse. */
    private static Map<String, Object> residence(SimulatedPerson person) {
        if (person.address() == null || person.status() == PersonStatus.MIDLERTIDIG || person.status() == PersonStatus.UTFLYTTET
                || person.addressProtection() == AddressProtection.STRENGT_FORTROLIG) {
            return null;
        }
        var element = element(true, person.address().movedIn(), "adressegradering", person.addressProtection().code());
        element.put("flyttedato", person.address().movedIn().toString());
        element.put("vegadresse", streetAddress(person.address()));
        return element;
    }

    private static Map<String, Object> stay(SimulatedPerson person) {
        if (person.address() == null || person.status() != PersonStatus.MIDLERTIDIG
                || person.addressProtection() == AddressProtection.STRENGT_FORTROLIG) {
            return null;
        }
        var element = element(true, person.address().movedIn(), "adressegradering", person.addressProtection().code());
        element.put("oppholdsadressedato", person.address().movedIn().toString());
        element.put("vegadresse", streetAddress(person.address()));
        return element;
    }

    private static Map<String, Object> streetAddress(Address address) {
        var street = new LinkedHashMap<String, Object>();
        street.put("adressenavn", address.streetName());
        street.put("adressenummer", Map.of("husnummer", address.houseNumber()));
        street.put("kommunenummer", address.municipalityNumber());
        street.put("bruksenhetstype", "bolig");
        street.put("poststed", Map.of("postnummer", address.postalCode(), "poststedsnavn", address.postalPlace()));
        return street;
    }

    private static Map<String, Object> relation(FamilyRelation relation) {
        var element = element(true, relation.stillbornDate(), "relatertPersonsRolle", relation.relatedPersonsRole().code());
        element.put("minRolleForPerson", relation.myRole().code());
        if (relation.relatedPerson() != null) {
            element.put("relatertPerson", relation.relatedPerson());
        } else if (relation.stillbornDate() != null) {
            element.put("relatertPersonUtenFolkeregisteridentifikator", Map.of("foedselsdato", relation.stillbornDate().toString()));
        }
        return element;
    }

    /** The parent's record names the child (ansvarssubjekt), the child's record the parent (ansvarlig). */
    private static Map<String, Object> responsibility(SimulatedPerson holder, ParentalResponsibility responsibility) {
        var element = element(true, null, "ansvar", responsibility.type().code());
        if (holder.identityNumber().equals(responsibility.responsible())) {
            element.put("ansvarssubjekt", responsibility.child());
        } else {
            element.put("ansvarlig", responsibility.responsible());
        }
        return element;
    }

    private static Map<String, Object> element(boolean current, LocalDate validFrom, String key, Object value) {
        var element = new LinkedHashMap<String, Object>();
        element.put("erGjeldende", current);
        if (validFrom != null) {
            element.put("gyldighetstidspunkt", validFrom.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        element.put("kilde", KILDE);
        element.put(key, value);
        return element;
    }
}
