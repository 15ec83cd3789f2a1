package no.lifecase.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import no.lifecase.identity.Fodselsnummer;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Population POPULATION = Population.generate(42, 3000, CLOCK);

    @Test
    void the_same_seed_gives_the_same_people_and_another_seed_others() {
        var again = Population.generate(42, 3000, CLOCK);
        var other = Population.generate(43, 3000, CLOCK);

        assertThat(again.all()).isEqualTo(POPULATION.all());
        assertThat(other.all()).isNotEqualTo(POPULATION.all());
    }

    @Test
    void it_has_the_size_asked_for_give_or_take_the_last_household() {
        assertThat(POPULATION.size()).isBetween(3000, 3010);
        assertThat(POPULATION.all()).extracting(SimulatedPerson::identityNumber).doesNotHaveDuplicates();
    }

    @Test
    void every_number_is_a_valid_tenor_synthetic_number() {
        assertThat(POPULATION.all()).allSatisfy(person -> {
            var number = Fodselsnummer.parse(person.identityNumber());
            assertThat(number.isSynthetic()).isTrue();
            assertThat(number.birthDate()).contains(person.birthDate());
        });
    }

    @Test
    void every_child_is_listed_by_its_parents_and_lists_them() {
        for (var person : POPULATION.all()) {
            for (var parentId : person.parents()) {
                var parent = POPULATION.find(parentId).orElseThrow();
                assertThat(parent.children()).contains(person.identityNumber());
                assertThat(parent.birthDate()).isBefore(person.birthDate().minusYears(17));
            }
            for (var childId : person.children()) {
                assertThat(POPULATION.find(childId).orElseThrow().parents()).contains(person.identityNumber());
            }
        }
    }

    @Test
    void parental_responsibility_is_on_both_records_and_only_for_minors() {
        for (var person : POPULATION.all()) {
            for (var responsibility : person.responsibilities()) {
                var child = POPULATION.find(responsibility.child()).orElseThrow();
                var parent = POPULATION.find(responsibility.responsible()).orElseThrow();
                assertThat(child.ageOn(TODAY)).isLessThan(18);
                assertThat(child.responsibilities()).contains(responsibility);
                assertThat(parent.responsibilities()).contains(responsibility);
                assertThat(child.parents()).contains(parent.identityNumber());
            }
        }
        assertThat(POPULATION.all()).filteredOn(p -> p.ageOn(TODAY) < 18 && !p.parents().isEmpty())
                .allSatisfy(child -> assertThat(child.responsibilities()).isNotEmpty());
    }

    @Test
    void spouses_point_at_each_other() {
        var married = POPULATION.all().stream().filter(p -> p.civilStatus().hasSpouse()).toList();
        assertThat(married).hasSizeGreaterThan(500);
        for (var person : married) {
            var spouse = POPULATION.find(person.spouse()).orElseThrow();
            assertThat(spouse.spouse()).isEqualTo(person.identityNumber());
            assertThat(spouse.civilStatus()).isIn(person.civilStatus(), person.civilStatus().whenWidowed());
            assertThat(person.relations()).contains(FamilyRelation.of(spouse.identityNumber(),
                    FamilyRole.EKTEFELLE_ELLER_PARTNER, FamilyRole.EKTEFELLE_ELLER_PARTNER));
        }
    }

    @Test
    void widows_and_widowers_point_at_a_dead_spouse() {
        var widowed = POPULATION.all().stream().filter(p -> p.civilStatus() == CivilStatus.ENKE_ELLER_ENKEMANN).toList();
        assertThat(widowed).isNotEmpty().allSatisfy(survivor -> {
            var late = POPULATION.find(survivor.spouse()).orElseThrow();
            assertThat(late.isAlive()).isFalse();
            assertThat(survivor.civilStatusDate()).isEqualTo(late.deathDate());
        });
    }

    @Test
    void it_has_some_of_each_kind_that_processes_must_handle() {
        int size = POPULATION.size();
        assertThat(count(p -> p.addressProtection() == AddressProtection.FORTROLIG)).isBetween(5, size / 25);
        assertThat(count(p -> p.addressProtection() == AddressProtection.STRENGT_FORTROLIG)).isBetween(5, size / 25);
        assertThat(count(SimulatedPerson::hasDNumber)).isGreaterThan(20);
        assertThat(count(p -> p.status() == PersonStatus.DOED && p.deathDate() != null)).isGreaterThan(20);
        assertThat(count(p -> p.immigration() != null)).isGreaterThan(10);
        assertThat(count(p -> p.responsibilities().stream().anyMatch(r -> r.type() == Responsibility.MOR))).isGreaterThan(10);
        assertThat(POPULATION.all()).extracting(p -> p.address().municipalityNumber())
                .contains("0301", "4601", "5001", "1103", "3907", "5501");
    }

    @Test
    void d_number_holders_are_foreigners_and_not_resident() {
        assertThat(POPULATION.all()).filteredOn(SimulatedPerson::hasDNumber).allSatisfy(person -> {
            assertThat(person.status()).isEqualTo(PersonStatus.MIDLERTIDIG);
            assertThat(person.citizenship()).isNotEqualTo("NOR");
        });
    }

    @Test
    void names_are_an_adjective_and_a_noun_in_capitals() {
        assertThat(POPULATION.all()).allSatisfy(person -> {
            assertThat(person.givenName()).matches("[A-ZÆØÅ]+");
            assertThat(person.familyName()).matches("[A-ZÆØÅ]+");
        });
    }

    @Test
    void adults_in_a_municipality_are_living_residents_of_18_or_more_there() {
        var inBergen = POPULATION.adultsIn("4601");

        assertThat(inBergen).isNotEmpty().allSatisfy(person -> {
            assertThat(person.isAlive()).isTrue();
            assertThat(person.ageOn(TODAY)).isGreaterThanOrEqualTo(18);
            assertThat(person.municipalityNumber()).contains("4601");
            assertThat(person.status()).isEqualTo(PersonStatus.BOSATT);
        });
    }

    @Test
    void a_changed_number_still_finds_the_person() {
        var population = Population.generate(7, 200, CLOCK);
        var person = population.all().get(0);
        var newNumber = population.newIdentityNumber(person.birthDate(), person.sex(), false).value();
        int size = population.size();

        population.update(person.identityNumber(), p -> p.toBuilder().identityNumber(newNumber)
                .formerIdentityNumber(p.identityNumber()).build());

        assertThat(population.find(person.identityNumber()).orElseThrow().identityNumber()).isEqualTo(newNumber);
        assertThat(population.find(newNumber)).isPresent();
        assertThat(population.size()).isEqualTo(size);
    }

    @Test
    void a_number_cannot_be_added_twice_and_new_numbers_are_unused() {
        var population = Population.generate(7, 200, CLOCK);
        var existing = population.all().get(0);

        assertThatThrownBy(() -> population.add(existing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(existing.identityNumber());
        var issued = new HashSet<String>();
        for (int i = 0; i < 300; i++) {
            var number = population.newIdentityNumber(TODAY, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, false).value();
            assertThat(population.find(number)).isEmpty();
            assertThat(issued.add(number)).isTrue();
        }
    }

    @Test
    void a_birth_date_runs_out_of_numbers_with_an_error_not_a_hang() {
        var population = Population.generate(7, 10, CLOCK);
        var day = LocalDate.of(2001, 1, 1);

        assertThatThrownBy(() -> {
            for (int i = 0; i < 251; i++) {
                population.newIdentityNumber(day, Sex.MALE, false);
            }
        }).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrent_updates_are_not_lost() throws Exception {
        var population = Population.generate(7, 200, CLOCK);
        var id = population.all().get(0).identityNumber();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            var thread = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    population.update(id, p -> p.toBuilder().formerIdentityNumber("x").build());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (var thread : threads) {
            thread.join();
        }
        assertThat(population.find(id).orElseThrow().formerIdentityNumbers()).hasSize(800);
    }

    private static int count(Predicate<SimulatedPerson> predicate) {
        return (int) POPULATION.all().stream().filter(predicate).count();
    }
}
