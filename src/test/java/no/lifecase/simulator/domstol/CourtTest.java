package no.lifecase.simulator.domstol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulated courts answer from the district the deceased lived in (docs/adr/0062). */
class CourtTest {

    @Test
    void a_death_in_stavanger_is_sor_rogaland_tingretts_and_every_court_of_the_reform_is_known() {
        assertThat(Court.forMunicipality(Optional.of("1103"))).isEqualTo(Court.TSRO);
        assertThat(Court.TSRO.courtName()).isEqualTo("Sør-Rogaland tingrett");
        assertThat(Court.forMunicipality(Optional.of("4601")).courtName()).isEqualTo("Hordaland tingrett");
        assertThat(Court.values()).hasSize(23);
        assertThat(Court.withCode("TSRO")).contains(Court.TSRO);
        assertThat(Court.withCode("TXXX")).isEmpty();
    }
}
