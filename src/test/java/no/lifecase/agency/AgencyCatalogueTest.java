package no.lifecase.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.lifecase.language.Language;
import org.junit.jupiter.api.Test;

class AgencyCatalogueTest {

    private final AgencyCatalogue builtIn = new AgencyCatalogue(new AgencyProperties(null, null));

    @Test
    void knows_the_state_agencies_the_simulated_municipalities_courts_and_hospitals() {
        assertThat(builtIn.find("nav")).hasValueSatisfying(nav -> {
            assertThat(nav.kind()).isEqualTo(AgencyKind.STATE_AGENCY);
            assertThat(nav.supervisorsGroupId()).isEqualTo("nav-supervisors");
        });
        assertThat(builtIn.find("kommune-0301")).hasValueSatisfying(oslo -> {
            assertThat(oslo.nameNorwegian()).isEqualTo("Oslo kommune");
            assertThat(oslo.nameEnglish()).isEqualTo("Oslo municipality");
            assertThat(oslo.kind()).isEqualTo(AgencyKind.MUNICIPALITY);
        });
        assertThat(builtIn.find("tingrett-TOSL")).hasValueSatisfying(court -> {
            assertThat(court.nameNorwegian()).isEqualTo("Oslo tingrett");
            assertThat(court.nameEnglish()).isEqualTo("Oslo District Court");
        });
        for (var id : new String[] {"skatteetaten", "udi", "helfo", "brreg", "kommune-4601", "kommune-5001", "kommune-1103",
                "kommune-3907", "kommune-5501", "helseforetak-ous"}) {
            assertThat(builtIn.isAgency(id)).as(id).isTrue();
        }
        assertThat(builtIn.isAgency("kommune-9999")).isFalse();
        assertThat(builtIn.groupIds()).contains("udi", "udi-supervisors").hasSize(2 * builtIn.all().size());
    }

    @Test
    void every_agency_has_its_name_in_bokmal_nynorsk_and_english() {
        assertThat(builtIn.find("kommune-4601").orElseThrow().name(Language.NN)).isEqualTo("Bergen kommune");
        assertThat(builtIn.find("tingrett-TOSL").orElseThrow().name(Language.NN)).isEqualTo("Oslo tingrett");
        assertThat(builtIn.find("brreg").orElseThrow().name(Language.NN)).isEqualTo("Brønnøysundregistera");
        assertThat(builtIn.find("imdi").orElseThrow().name(Language.NN)).isEqualTo("Integrerings- og mangfaldsdirektoratet (IMDi)");
        assertThat(builtIn.find("helseforetak-helse-bergen").orElseThrow().name(Language.EN))
                .isEqualTo("Bergen Health Trust (Haukeland University Hospital)");
        assertThatThrownBy(() -> new Agency("nav", "Nav", " ", "Nav", "Nav", AgencyKind.STATE_AGENCY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuration_adds_municipalities_and_courts_without_renaming_built_in_ones() {
        var catalogue = new AgencyCatalogue(new AgencyProperties(Map.of("3301", "Drammen", "0301", "Kristiania"),
                Map.of("TNOT", "Nordre Østfold tingrett")));

        assertThat(catalogue.find("kommune-3301")).hasValueSatisfying(drammen -> assertThat(drammen.shortName()).isEqualTo("Drammen kommune"));
        assertThat(catalogue.find("tingrett-TNOT")).isPresent();
        assertThat(catalogue.find("kommune-0301")).hasValueSatisfying(oslo -> assertThat(oslo.shortName()).isEqualTo("Oslo kommune"));
    }

    @Test
    void refuses_ids_the_engine_or_the_routing_cannot_use() {
        assertThatThrownBy(() -> AgencyCatalogue.municipality("301", "Oslo")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgencyCatalogue.districtCourt("Oslo", "Oslo tingrett")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Agency("nav supervisors", "a", "a", "b", "c", AgencyKind.STATE_AGENCY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Agency("nav-supervisors", "a", "a", "b", "c", AgencyKind.STATE_AGENCY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
