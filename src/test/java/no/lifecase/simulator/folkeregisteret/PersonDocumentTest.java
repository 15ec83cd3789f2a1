package no.lifecase.simulator.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import no.lifecase.simulator.population.AddressProtection;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.junit.jupiter.api.Test;

class PersonDocumentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    private static final Population POPULATION = Population.generate(42, 3000, CLOCK);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every property group and every property the simulator can fill. */
    private static final Parts EVERYTHING = Parts.of(List.of("person-basis", "relasjon-utvidet", "identitetsgrunnlag-utvidet",
            "innflytting", "opphold", "historikk"));

    @Test
    void every_person_renders_to_the_schema_of_folkeregisterperson() throws Exception {
        for (var person : POPULATION.all()) {
            var json = JSON.readValue(JSON.writeValueAsString(PersonDocument.render(person, EVERYTHING, List.of())), Object.class);

            assertThat(FregSchema.violations(json, FregSchema.PERSON)).as(person.fodselsnummer().masked()).isEmpty();
        }
    }

    @Test
    void without_part_the_register_gives_person_basis_only() {
        var parent = first(p -> !p.children().isEmpty() && !p.hasProtectedAddress() && p.isAlive());

        var document = PersonDocument.render(parent, Parts.of(null), List.of());

        assertThat(document).containsKeys("identifikasjonsnummer", "status", "navn", "kjoenn", "foedsel", "sivilstand",
                "statsborgerskap", "bostedsadresse").doesNotContainKeys("familierelasjon", "foreldreansvar");
    }

    @Test
    void relasjon_utvidet_gives_relations_and_responsibility_but_not_the_basis() {
        var parent = first(p -> !p.responsibilities().isEmpty() && p.isAlive() && !p.children().isEmpty()
                && p.responsibilities().get(0).responsible().equals(p.identityNumber()));

        var document = PersonDocument.render(parent, Parts.of(List.of("relasjon-utvidet")), List.of());

        assertThat(document).containsOnlyKeys("familierelasjon", "foreldreansvar");
        assertThat(elements(document, "familierelasjon")).anySatisfy(relation -> assertThat(relation)
                .containsEntry("relatertPersonsRolle", "barn").containsEntry("relatertPerson", parent.children().get(0)));
        assertThat(elements(document, "foreldreansvar")).allSatisfy(responsibility -> assertThat(responsibility)
                .containsKey("ansvarssubjekt").doesNotContainKey("ansvarlig"));
    }

    @Test
    void a_child_document_names_who_holds_parental_responsibility() {
        var child = first(p -> !p.responsibilities().isEmpty() && !p.responsibilities().get(0).responsible().equals(p.identityNumber()));

        var document = PersonDocument.render(child, Parts.of(List.of("foreldreansvar")), List.of());

        assertThat(elements(document, "foreldreansvar")).extracting(r -> r.get("ansvarlig"))
                .containsExactlyInAnyOrderElementsOf(child.responsibilities().stream().map(r -> r.responsible()).toList());
    }

    @Test
    void a_strictly_confidential_address_is_not_shared_at_all() throws Exception {
        var hidden = first(p -> p.addressProtection() == AddressProtection.STRENGT_FORTROLIG);

        var document = PersonDocument.render(hidden, EVERYTHING, List.of());
        var text = JSON.writeValueAsString(document);

        assertThat(document).doesNotContainKeys("bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse");
        assertThat(text).doesNotContain(hidden.address().streetName()).doesNotContain("kommunenummer")
                .doesNotContain(hidden.address().postalCode());
        assertThat(elements(document, "adressebeskyttelse")).singleElement()
                .satisfies(level -> assertThat(level).containsEntry("graderingsnivaa", "strengtFortrolig"));
    }

    @Test
    void a_confidential_address_is_shared_with_public_bodies_and_marked() {
        var confidential = first(p -> p.addressProtection() == AddressProtection.FORTROLIG && p.isAlive());

        var document = PersonDocument.render(confidential, Parts.of(null), List.of());

        assertThat(elements(document, "bostedsadresse")).singleElement()
                .satisfies(address -> assertThat(address).containsEntry("adressegradering", "fortrolig"));
        assertThat(elements(document, "adressebeskyttelse")).singleElement()
                .satisfies(level -> assertThat(level).containsEntry("graderingsnivaa", "fortrolig"));
    }

    @Test
    void a_d_number_holder_has_a_stay_address_not_a_residence() {
        var worker = first(SimulatedPerson::hasDNumber);

        var document = PersonDocument.render(worker, Parts.of(null), List.of());

        assertThat(document).containsKey("oppholdsadresse").doesNotContainKey("bostedsadresse");
        assertThat(elements(document, "identifikasjonsnummer")).singleElement()
                .satisfies(id -> assertThat(id).containsEntry("identifikatortype", "dNummer").containsEntry("status", "iBruk"));
        assertThat(elements(document, "status")).singleElement().satisfies(s -> assertThat(s).containsEntry("status", "midlertidig"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dead_have_a_death_date_as_a_single_object_as_in_v1_5() {
        var dead = first(p -> !p.isAlive());

        var document = PersonDocument.render(dead, Parts.of(null), List.of());

        assertThat(document.get("doedsfall")).isInstanceOf(Map.class);
        assertThat((Map<String, Object>) document.get("doedsfall")).containsEntry("doedsdato", dead.deathDate().toString());
        assertThat(elements(document, "status")).singleElement().satisfies(s -> assertThat(s).containsEntry("status", "doed"));
    }

    @Test
    void historikk_adds_earlier_values_marked_as_no_longer_valid() {
        var person = first(p -> p.isAlive() && !p.hasProtectedAddress() && p.address() != null && !p.hasDNumber());
        var moved = person.toBuilder().address(POPULATION.newAddressIn("5501", person.address().movedIn().plusDays(1))).build();

        var withHistory = PersonDocument.render(moved, Parts.of(List.of("bostedsadresse", "historikk")), List.of(person));
        var withoutHistory = PersonDocument.render(moved, Parts.of(List.of("bostedsadresse")), List.of(person));

        assertThat(elements(withHistory, "bostedsadresse")).extracting(a -> a.get("erGjeldende")).containsExactly(true, false);
        assertThat(elements(withoutHistory, "bostedsadresse")).hasSize(1);
    }

    @Test
    void an_unknown_part_is_refused() {
        assertThatThrownBy(() -> Parts.of(List.of("everything"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static SimulatedPerson first(java.util.function.Predicate<SimulatedPerson> predicate) {
        return POPULATION.all().stream().filter(predicate).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> elements(Map<String, Object> document, String property) {
        return (List<Map<String, Object>>) document.get(property);
    }
}
