package no.lifecase.simulator.domstol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.lifecase.simulator.domstol.SimulatedEstateCase.Heir;
import no.lifecase.simulator.population.Address;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The simulated courts' death cases and the events they emit. */
class SimulatedCourtsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Population POPULATION = Population.generate(42, 1500, CLOCK);

    private final SimulatedCourts courts = new SimulatedCourts(POPULATION, CLOCK);

    @Test
    void opening_a_case_emits_case_added_and_names_the_spouse_and_children_as_heirs() {
        var deceased = POPULATION.adults().stream()
                .filter(p -> p.spouse() != null && POPULATION.find(p.spouse()).filter(SimulatedPerson::isAlive).isPresent())
                .filter(p -> !p.children().isEmpty())
                .findFirst().orElseThrow();

        var emitted = courts.open(deceased.identityNumber(), "IKKE_AVGJORT", null, null);

        var estateCase = emitted.estateCase();
        assertThat(emitted.eventIds()).hasSize(1);
        assertThat(courts.events(null, 10)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("DODSFALLSAK-STATUS_LAGT_TIL");
            assertThat(event.sakId()).isEqualTo(estateCase.sakId());
        });
        assertThat(estateCase.status()).isEqualTo("MOTTATT");
        assertThat(estateCase.saksnummer()).matches("26-\\d{6}DFA-T[A-Z]{3}");
        assertThat(estateCase.deadline()).isEqualTo(POPULATION.today().plusDays(60));
        assertThat(estateCase.heirs()).extracting(Heir::identityNumber).contains(deceased.spouse());
        assertThat(estateCase.heirs()).filteredOn(heir -> heir.role().equals("BARN")).isNotEmpty();
    }

    @Test
    void a_death_is_answered_by_the_court_of_the_municipality_the_deceased_lived_in() {
        var inBergen = aDeceasedIn("4601");
        var inTromso = aDeceasedIn("5501");

        assertThat(courts.open(inBergen, "IKKE_AVGJORT", List.of(), null).estateCase().court()).isEqualTo(Court.THOR);
        assertThat(courts.open(inTromso, "IKKE_AVGJORT", List.of(), null).estateCase().saksnummer()).endsWith("-TNTS");
    }

    @Test
    void a_death_in_a_municipality_no_court_serves_is_refused_and_no_case_is_opened() {
        var population = Population.generate(42, 300, CLOCK);
        var deceased = population.adults().stream().filter(p -> p.address() != null).findFirst().orElseThrow();
        population.update(deceased.identityNumber(), person -> person.toBuilder()
                .address(new Address("Nowhere", "1", "0000", "NOWHERE", "9999", CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate()))
                .build());
        var courtsOfThatPopulation = new SimulatedCourts(population, CLOCK);

        assertThatThrownBy(() -> courtsOfThatPopulation.open(deceased.identityNumber(), "IKKE_AVGJORT", List.of(), null))
                .isInstanceOfSatisfying(EstateScenarioRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY))
                .hasMessageContaining("9999");
        assertThat(courtsOfThatPopulation.caseOf(deceased.identityNumber())).isEmpty();
    }

    private static String aDeceasedIn(String municipality) {
        return POPULATION.adults().stream().filter(p -> p.municipalityNumber().filter(municipality::equals).isPresent())
                .findFirst().orElseThrow().identityNumber();
    }

    @Test
    void a_private_settlement_emits_both_events_and_issues_a_skifteattest_to_an_heir_taking_on_the_debt() {
        var deceased = POPULATION.adults().get(3).identityNumber();
        var heir = POPULATION.adults().get(4).identityNumber();

        var emitted = courts.open(deceased, "PRIVAT_SKIFTE", List.of(new Heir(heir, "BARN", false)), Court.TOSL);

        assertThat(emitted.eventIds()).hasSize(2);
        assertThat(courts.events(null, 10)).extracting(SimulatedCourts.Event::type)
                .containsExactly("DODSFALLSAK-STATUS_LAGT_TIL", "DODSFALLSAK-STATUS_OPPDATERT");
        var events = courts.events(null, 10);
        assertThat(events.get(1).time()).isAfter(events.get(0).time());
        assertThat(courts.events(events.get(1).time(), 10)).hasSize(1);
        var decided = emitted.estateCase();
        assertThat(decided.status()).isEqualTo("FERDIGBEHANDLET");
        assertThat(decided.heirsOnAttest()).containsExactly(new Heir(heir, "BARN", true));
        assertThat(decided.resultatType()).isEqualTo("PRIVAT_SKIFTE_IHT_ARVELOVEN_PARAGRAF_99");
    }

    @Test
    void uskifte_needs_a_surviving_partner() {
        var opened = courts.open(POPULATION.adults().get(5).identityNumber(), "IKKE_AVGJORT",
                List.of(new Heir(POPULATION.adults().get(6).identityNumber(), "BARN", false)), null);

        assertThatThrownBy(() -> courts.decide(opened.estateCase().sakId(), "USKIFTE", null))
                .isInstanceOfSatisfying(EstateScenarioRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY));

        var decided = courts.decide(opened.estateCase().sakId(), "USKIFTE",
                List.of(new Heir(POPULATION.adults().get(7).identityNumber(), "GJENLEV_EKTEFELLE_PARTNER", false)));
        assertThat(decided.estateCase().skifteform()).isEqualTo("USKIFTE");
        assertThat(decided.estateCase().heirsOnAttest()).isEmpty();
        assertThatThrownBy(() -> courts.decide(opened.estateCase().sakId(), "OFFENTLIG_SKIFTE", null))
                .isInstanceOfSatisfying(EstateScenarioRefused.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void the_deceased_must_be_in_the_population_and_the_skifteform_a_court_code() {
        assertThatThrownBy(() -> courts.open("13857548595", "IKKE_AVGJORT", null, null))
                .isInstanceOfSatisfying(EstateScenarioRefused.class, e -> assertThat(e.field()).isEqualTo("deceased"));
        assertThatThrownBy(() -> courts.open(POPULATION.adults().get(0).identityNumber(), "SKIFTE_ETTER_SMAK", null, null))
                .isInstanceOfSatisfying(EstateScenarioRefused.class, e -> assertThat(e.field()).isEqualTo("skifteform"));
    }
}
