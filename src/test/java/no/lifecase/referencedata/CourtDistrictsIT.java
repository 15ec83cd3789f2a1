package no.lifecase.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyKind;
import no.lifecase.simulator.domstol.Court;
import no.lifecase.testsupport.LifecaseIT;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every municipality of Norway has its district court in the court districts as migrated on PostgreSQL
 * (docs/adr/0062): each kommunenummer in force today ({@code referencedata/municipalities-in-force.csv}) names a court of
 * the agency catalogue, the same court the simulated courts answer from, and the numbers replaced in 2020 and 2024
 * still find theirs.
 */
@LifecaseIT
class CourtDistrictsIT {

    private static final LocalDate IN_2023 = LocalDate.of(2023, 6, 30);

    @Autowired
    private CourtDistricts courts;

    @Autowired
    private AgencyCatalogue catalogue;

    @Autowired
    private ReferenceData referenceData;

    @Test
    void every_municipality_in_force_today_has_a_district_court_of_the_catalogue_and_the_simulated_courts_agree() throws IOException {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var municipalities = municipalitiesInForce();
        assertThat(municipalities).as("Norway has 357 municipalities from 2024").hasSize(357).doesNotHaveDuplicates();

        var soft = new SoftAssertions();
        for (var municipality : municipalities) {
            var court = courts.courtOf(municipality, today);
            soft.assertThat(court).as("the district court of %s", municipality).isPresent();
            court.ifPresent(id -> {
                soft.assertThat(catalogue.find(id).map(Agency::kind)).as("%s of %s in the agency catalogue", id, municipality)
                        .contains(AgencyKind.DISTRICT_COURT);
                soft.assertThat(Court.ofMunicipality(municipality).map(simulated -> "tingrett-" + simulated.name()))
                        .as("the simulated court of %s", municipality).contains(id);
            });
        }
        soft.assertAll();
    }

    @Test
    void a_kommunenummer_replaced_in_2020_or_2024_still_finds_its_court_today() {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var replaced = referenceData.entries(ReferenceKind.MUNICIPALITY_NUMBER).stream().map(ReferenceEntry::key).distinct().toList();
        assertThat(replaced).as("the numbers the 2024 splits replaced, and those V22 seeded").hasSizeGreaterThan(110);

        var soft = new SoftAssertions();
        replaced.forEach(old -> soft.assertThat(courts.courtOf(old, today)).as("the district court of old number %s", old).isPresent());
        soft.assertAll();
    }

    @Test
    void the_districts_of_the_reform_hold_for_the_cities_and_for_an_old_number_on_a_date_before_2024() {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        assertThat(courts.courtOf("1103", today)).as("Stavanger").contains("tingrett-TSRO");
        assertThat(courts.courtOf("4601", today).flatMap(catalogue::find).map(court -> court.name().nb()))
                .as("Bergen").contains("Hordaland tingrett");
        assertThat(courts.courtOf("5501", today)).as("Tromsø").contains("tingrett-TNTS");
        assertThat(courts.courtOf("3201", today).flatMap(catalogue::find).map(court -> court.name().nb()))
                .as("Bærum").contains("Ringerike, Asker og Bærum tingrett");

        assertThat(courts.courtOf("3024", IN_2023)).as("Bærum by its number in 2023").contains("tingrett-TRAB");
        assertThat(courts.courtOf("3024", today)).as("Bærum's old number, found in an old address").contains("tingrett-TRAB");
        assertThat(courts.courtOf("3201", IN_2023)).as("Bærum's number of 2024 did not exist in 2023").isEmpty();
        assertThat(courts.courtOf("5401", IN_2023)).as("Tromsø by its number in 2023").contains("tingrett-TNTS");
        assertThat(courts.courtOf("3806", IN_2023)).as("Porsgrunn by its number in 2023").contains("tingrett-TTEL");
        assertThat(courts.courtOf("1507", today)).as("Ålesund's number before Haram left it").contains("tingrett-TMRO");
        assertThat(courts.courtOf("9999", today)).as("a number no municipality has").isEmpty();
    }

    private static List<String> municipalitiesInForce() throws IOException {
        var list = Objects.requireNonNull(CourtDistrictsIT.class.getResourceAsStream("/referencedata/municipalities-in-force.csv"));
        try (var lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kommunenummer;"))
                    .map(line -> line.substring(0, line.indexOf(';'))).toList();
        }
    }
}
