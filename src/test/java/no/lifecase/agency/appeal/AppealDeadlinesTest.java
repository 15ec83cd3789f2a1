package no.lifecase.agency.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import org.junit.jupiter.api.Test;

/** The deadline and the appeal body of a decision, by the agency that made it (docs/adr/0056). */
class AppealDeadlinesTest {

    private final AppealDeadlines deadlines = new AppealDeadlines();

    @Test
    void a_nav_decision_can_be_appealed_for_six_weeks_and_another_agencys_for_three() {
        // Sent at 23:30 UTC on 31 January, which is already 1 February in Norway.
        var sent = Instant.parse("2027-01-31T23:30:00Z");
        assertThat(deadlines.of("nav", sent)).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(deadlines.of("kommune-0301", sent)).isEqualTo(LocalDate.of(2027, 2, 22));
    }

    @Test
    void nav_klageinstans_hears_navs_appeals_and_statsforvalteren_a_municipalitys_by_county() {
        var bodies = new AppealBodies(new AgencyCatalogue(new AgencyProperties(null, null)));
        assertThat(bodies.of("nav")).hasValue("nav-klageinstans");
        assertThat(bodies.of("kommune-0301")).hasValue("statsforvalteren-oslo-viken");
        assertThat(bodies.of("kommune-4601")).hasValue("statsforvalteren-vestland");
        assertThat(bodies.of("kommune-3907")).hasValue("statsforvalteren-vestfold-telemark");
        assertThat(bodies.of("kommune-5501")).hasValue("statsforvalteren-troms-finnmark");
        assertThat(List.of("helseforetak-ous", "skatteetaten", "no-such-agency")).allSatisfy(agency ->
                assertThat(bodies.of(agency)).as("no appeal body known for %s", agency).isEmpty());
    }
}
