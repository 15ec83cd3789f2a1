package no.lifecase.simulator.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.simulator.enhetsregisteret.SimulatedUnit.Role;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.junit.jupiter.api.Test;

/** The simulated Enhetsregister's organisations, made from a population and a seed, and its update feed. */
class SimulatedEnhetsregisterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Population POPULATION = Population.generate(42, 1500, CLOCK);
    private static final EnhetsregisteretSimulatorProperties DEFAULTS = new EnhetsregisteretSimulatorProperties(null, null, null, null, null);

    @Test
    void the_same_seed_and_population_give_the_same_organisations() {
        var first = new SimulatedEnhetsregister(DEFAULTS, POPULATION, CLOCK).all();
        var second = new SimulatedEnhetsregister(DEFAULTS, POPULATION, CLOCK).all();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void organisations_have_valid_synthetic_numbers_and_roles_held_by_living_adults_of_the_population() {
        var units = new SimulatedEnhetsregister(DEFAULTS, POPULATION, CLOCK).all();
        var adults = POPULATION.adults().stream().map(SimulatedPerson::identityNumber).collect(Collectors.toSet());

        assertThat(units).allSatisfy(unit -> {
            assertThat(Organisasjonsnummer.isValid(unit.organisationNumber())).isTrue();
            assertThat(unit.organisationNumber()).matches("[23]\\d{8}");
            assertThat(unit.roles()).extracting(Role::identityNumber).allMatch(adults::contains);
            assertThat(unit.registered()).isBefore(POPULATION.today());
            assertThat(unit.industry().code()).matches("\\d{2}\\.\\d{3}");
        });
        assertThat(units).extracting(SimulatedUnit::organisationNumber).doesNotHaveDuplicates();
        Map<OrganisationForm, Long> perForm = units.stream().collect(Collectors.groupingBy(SimulatedUnit::form, Collectors.counting()));
        assertThat(perForm).containsOnlyKeys(OrganisationForm.ENK, OrganisationForm.AS, OrganisationForm.FLI);
        assertThat(perForm.get(OrganisationForm.ENK)).isGreaterThan(perForm.get(OrganisationForm.AS));
    }

    @Test
    void each_form_has_the_roles_its_law_requires() {
        var units = new SimulatedEnhetsregister(DEFAULTS, POPULATION, CLOCK).all();

        assertThat(units).filteredOn(unit -> unit.form() == OrganisationForm.ENK)
                .allSatisfy(unit -> assertThat(codes(unit)).containsExactly("INNH"))
                .allSatisfy(unit -> assertThat(unit.inFrivillighetsregisteret()).isFalse());
        assertThat(units).filteredOn(unit -> unit.form() == OrganisationForm.AS)
                .allSatisfy(unit -> assertThat(codes(unit)).startsWith("DAGL", "LEDE").contains("MEDL"))
                .allSatisfy(unit -> assertThat(unit.inForetaksregisteret()).isTrue());
        assertThat(units).filteredOn(unit -> unit.form() == OrganisationForm.FLI)
                .allSatisfy(unit -> assertThat(codes(unit)).startsWith("LEDE").hasSizeGreaterThanOrEqualTo(3))
                .anySatisfy(unit -> assertThat(unit.inFrivillighetsregisteret()).isTrue());
    }

    @Test
    void the_feed_starts_empty_and_a_founding_is_announced_as_new_with_increasing_ids() {
        var register = new SimulatedEnhetsregister(DEFAULTS, POPULATION, CLOCK);
        var founder = POPULATION.adults().get(0).identityNumber();
        assertThat(register.updates(null, null, List.of())).isEmpty();

        var first = register.found(OrganisationForm.AS, founder, "Test AS", 3, true, null, null);
        var second = register.found(OrganisationForm.FLI, founder, null, null, null, true, null);

        assertThat(first.update().oppdateringsid()).isEqualTo(1);
        assertThat(second.update().oppdateringsid()).isEqualTo(2);
        assertThat(register.updates(2L, null, List.of())).extracting(SimulatedEnhetsregister.Update::organisationNumber)
                .containsExactly(second.unit().organisationNumber());
        assertThat(register.updates(null, null, List.of(first.unit().organisationNumber())))
                .singleElement().satisfies(update -> assertThat(update.endringstype()).isEqualTo("Ny"));
        assertThat(first.unit().name()).isEqualTo("TEST AS");
        assertThat(first.unit().employees()).isEqualTo(3);
        assertThat(first.unit().vatRegistered()).isTrue();
        assertThat(first.unit().registered()).isEqualTo(POPULATION.today());
        assertThat(second.unit().inFrivillighetsregisteret()).isTrue();
        assertThat(register.find(first.unit().organisationNumber())).contains(first.unit());
    }

    @Test
    void only_a_living_adult_of_the_population_can_found_an_organisation() {
        var register = new SimulatedEnhetsregister(DEFAULTS, POPULATION, CLOCK);
        var child = POPULATION.all().stream().filter(p -> p.isAlive() && p.ageOn(POPULATION.today()) < 18).findFirst().orElseThrow();

        assertThatThrownBy(() -> register.found(OrganisationForm.ENK, "13857548595", null, null, null, null, null))
                .isInstanceOfSatisfying(FoundingRefused.class, e -> assertThat(e.field()).isEqualTo("founder"));
        assertThatThrownBy(() -> register.found(OrganisationForm.ENK, child.identityNumber(), null, null, null, null, null))
                .isInstanceOf(FoundingRefused.class).hasMessageContaining("adult");
    }

    private static List<String> codes(SimulatedUnit unit) {
        return unit.roles().stream().map(Role::code).toList();
    }
}
