package no.lifecase.simulator.krr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.junit.jupiter.api.Test;

/** The simulated KRR's answers: fixed by the seed, spread as configured, unknown persons not registered. */
class SimulatedKrrTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Population POPULATION = Population.generate(42, 2000, CLOCK);
    private static final KrrSimulatorProperties DEFAULTS = new KrrSimulatorProperties(null, null, null, null, null);

    private final SimulatedKrr krr = new SimulatedKrr(DEFAULTS, POPULATION, CLOCK);

    @Test
    void about_a_tenth_of_the_adults_are_reserved_and_most_can_be_reached_digitally() {
        var adults = POPULATION.adults();
        var counts = adults.stream().collect(Collectors.groupingBy(p -> krr.profileOf(p.identityNumber()), Collectors.counting()));

        assertThat(share(counts.get(ContactProfile.RESERVED), adults.size())).isBetween(0.07, 0.13);
        assertThat(share(counts.get(ContactProfile.DIGITAL), adults.size())).isBetween(0.75, 0.85);
        assertThat(counts).containsKeys(ContactProfile.NO_CONTACT_INFORMATION, ContactProfile.STALE);
    }

    @Test
    void a_chosen_profile_holds_until_it_is_forgotten_and_the_seed_answers_again() {
        var person = POPULATION.adults().get(0).identityNumber();
        var seeded = krr.profileOf(person);
        var other = seeded == ContactProfile.RESERVED ? ContactProfile.DIGITAL : ContactProfile.RESERVED;

        krr.choose(person, other);
        assertThat(krr.profileOf(person)).isEqualTo(other);

        krr.forget(person);
        assertThat(krr.profileOf(person)).isEqualTo(seeded);
    }

    @Test
    void the_same_seed_gives_the_same_answers() {
        var again = new SimulatedKrr(DEFAULTS, POPULATION, CLOCK);

        assertThat(POPULATION.adults()).allSatisfy(person ->
                assertThat(again.entry(person.identityNumber())).isEqualTo(krr.entry(person.identityNumber())));
    }

    @Test
    void entries_are_shaped_by_their_profile() {
        var byProfile = POPULATION.adults().stream().map(SimulatedPerson::identityNumber)
                .collect(Collectors.toMap(krr::profileOf, Function.identity(), (first, second) -> first));

        var digital = krr.entry(byProfile.get(ContactProfile.DIGITAL));
        assertThat(digital.status()).isEqualTo("AKTIV");
        assertThat(digital.reservasjon()).isEqualTo("NEI");
        assertThat(digital.varslingsstatus()).isEqualTo("KAN_VARSLES");
        assertThat(digital.kontaktinformasjon().epostadresse()).matches("[a-z.]+@example\\.com");
        assertThat(digital.kontaktinformasjon().mobiltelefonnummer()).matches("\\+47[49]\\d{7}");
        assertThat(digital.kontaktinformasjon().epostadresseOppdatert()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]");

        var reserved = krr.entry(byProfile.get(ContactProfile.RESERVED));
        assertThat(reserved.reservasjon()).isEqualTo("JA");
        assertThat(reserved.reservasjonstidspunkt()).isNotNull();
        assertThat(reserved.varslingsstatus()).isEqualTo("KAN_IKKE_VARSLES");
        assertThat(reserved.digitalPost()).isNull();

        assertThat(krr.entry(byProfile.get(ContactProfile.NO_CONTACT_INFORMATION)).kontaktinformasjon()).isNull();
        assertThat(krr.entry(byProfile.get(ContactProfile.STALE)).varslingsstatus()).isEqualTo("KAN_IKKE_VARSLES");
    }

    @Test
    void someone_krr_never_had_is_not_registered_and_the_dead_are_deleted() {
        var unknown = krr.entry("13857548595");
        assertThat(unknown.status()).isEqualTo("IKKE_REGISTRERT");
        assertThat(unknown.reservasjon()).isNull();

        POPULATION.all().stream().filter(person -> !person.isAlive()).findFirst().ifPresent(dead ->
                assertThat(krr.entry(dead.identityNumber()).status()).isEqualTo("SLETTET"));
    }

    @Test
    void a_scenario_can_choose_a_persons_profile() {
        var person = POPULATION.adults().get(0).identityNumber();

        krr.choose(person, ContactProfile.RESERVED);

        assertThat(krr.entry(person).reservasjon()).isEqualTo("JA");
    }

    private static double share(Long count, int total) {
        return count == null ? 0 : (double) count / total;
    }
}
