package no.lifecase.register.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FolkeregisterpersonTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void the_example_person_reads_with_unknown_fields_ignored() throws Exception {
        var person = JSON.readValue(getClass().getResource("/folkeregisteret/person-example.json"), Folkeregisterperson.class);

        assertThat(person.currentStatus()).contains("bosatt");
        assertThat(person.isDead()).isFalse();
        assertThat(person.hasDNumber()).isFalse();
        assertThat(person.birthDate()).contains(LocalDate.of(1990, 3, 15));
        assertThat(person.spouse()).contains("02918849923");
        assertThat(person.children()).containsExactly("10812599718");
        assertThat(person.hasProtectedAddress()).isFalse();
        assertThat(person.residenceMunicipality()).contains("0301");
        assertThat(person.bostedsadresse().get(0).vegadresse().adressenummer().husnummer()).isEqualTo("1");
        assertThat(person.bostedsadresse().get(0).vegadresse().poststed().postnummer()).isEqualTo("0155");
    }

    @Test
    void earlier_values_do_not_count() throws Exception {
        var person = read("""
                {"sivilstand":[{"erGjeldende":false,"sivilstand":"gift","relatertVedSivilstand":"02918849923"},
                               {"erGjeldende":true,"sivilstand":"skilt"}]}""");

        assertThat(person.spouse()).isEmpty();
    }

    @Test
    void doedsfall_is_read_as_an_object_as_in_v1_5_and_as_a_list_as_before() throws Exception {
        var asObject = read("{\"doedsfall\":{\"erGjeldende\":true,\"doedsdato\":\"2026-01-02\"}}");
        var asList = read("{\"doedsfall\":[{\"erGjeldende\":true,\"doedsdato\":\"2026-01-02\"}]}");

        assertThat(asObject.isDead()).isTrue();
        assertThat(asList.isDead()).isTrue();
        assertThat(asObject.doedsfall().get(0).doedsdato()).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void a_protected_address_gives_no_municipality_even_if_the_document_holds_one() throws Exception {
        var person = read("""
                {"adressebeskyttelse":[{"erGjeldende":true,"graderingsnivaa":"fortrolig"}],
                 "bostedsadresse":[{"erGjeldende":true,"adressegradering":"fortrolig",
                                    "vegadresse":{"adressenavn":"Storgata","kommunenummer":"0301"}}]}""");

        assertThat(person.hasProtectedAddress()).isTrue();
        assertThat(person.residenceMunicipality()).isEmpty();
    }

    @Test
    void a_strictly_confidential_person_has_only_the_protection_level() throws Exception {
        var person = read("{\"adressebeskyttelse\":[{\"erGjeldende\":true,\"graderingsnivaa\":\"strengtFortrolig\"}]}");

        assertThat(person.hasProtectedAddress()).isTrue();
        assertThat(person.residenceMunicipality()).isEmpty();
    }

    @Test
    void a_child_names_the_parents_with_responsibility_and_a_d_number_is_told_by_the_register() throws Exception {
        var child = read("""
                {"identifikasjonsnummer":[{"foedselsEllerDNummer":"41819077302","identifikatortype":"dNummer","status":"iBruk"}],
                 "foreldreansvar":[{"ansvar":"felles","ansvarlig":"15839049843"},{"ansvar":"felles","ansvarlig":"02918849923"}]}""");

        assertThat(child.responsibleParents()).containsExactly("15839049843", "02918849923");
        assertThat(child.hasDNumber()).isTrue();
    }

    private static Folkeregisterperson read(String json) throws Exception {
        return JSON.readValue(json, Folkeregisterperson.class);
    }
}
