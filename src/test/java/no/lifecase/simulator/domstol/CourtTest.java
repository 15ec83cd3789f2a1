package no.lifecase.simulator.domstol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated courts answer from the district the deceased lived in (docs/adr/0062). */
class CourtTest {

    @Test
    void a_death_in_stavanger_is_sor_rogaland_tingretts_and_every_court_of_the_reform_is_known() {
        assertThat(Court.ofMunicipality("1103")).contains(Court.TSRO);
        assertThat(Court.TSRO.courtName()).isEqualTo("Sør-Rogaland tingrett");
        assertThat(Court.ofMunicipality("4601").map(Court::courtName)).contains("Hordaland tingrett");
        assertThat(Court.values()).hasSize(23);
        assertThat(Court.withCode("TSRO")).contains(Court.TSRO);
        assertThat(Court.withCode("TXXX")).isEmpty();
    }

    @Test
    void the_courts_table_has_every_municipality_of_2024_and_every_court_serves_some() {
        assertThat(Court.districts()).hasSize(357);
        assertThat(Court.ofMunicipality("3201")).as("Bærum").contains(Court.TRAB);
        assertThat(Court.ofMunicipality("5501")).as("Tromsø").contains(Court.TNTS);
        assertThat(Court.districts().values()).containsAll(List.of(Court.values()));
    }

    @Test
    void a_number_no_district_has_names_no_court() {
        assertThat(Court.ofMunicipality("3024")).as("Bærum's number before 2024: the courts' table has today's numbers").isEmpty();
        assertThat(Court.ofMunicipality("9999")).isEmpty();
    }
}
