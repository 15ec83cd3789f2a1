package no.lifecase.simulator.population;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The synthetic population every simulator serves: Folkeregisteret's persons, KRR's contacts, the courts' heirs,
 * the founders in Enhetsregisteret. Generated at start-up from a seed; scenarios change it through
 * {@link #add} and {@link #update}. Thread-safe: persons are immutable and every change holds the lock, so a
 * reader never sees half a birth if the scenario wraps it in {@link #atomically}.
 */
@Component
@Profile("simulators")
@EnableConfigurationProperties(PopulationProperties.class)
public class Population {

    private final Clock clock;
    private final IdentityNumbers numbers;
    private final Addresses addresses;
    private final SplittableRandom random;
    private final Map<String, SimulatedPerson> persons = new LinkedHashMap<>();
    /** A person's former numbers (e.g. a D-number replaced by a fødselsnummer) still find them, as in the register. */
    private final Map<String, String> currentNumberOf = new HashMap<>();

    @Autowired
    Population(PopulationProperties properties, Clock clock) {
        this(properties.seed(), properties.size(), clock);
    }

    private Population(long seed, int size, Clock clock) {
        this.clock = clock;
        var generatorRandom = new SplittableRandom(seed);
        this.random = generatorRandom.split();
        this.numbers = new IdentityNumbers(generatorRandom);
        this.addresses = new Addresses(random);
        new PopulationGenerator(generatorRandom, numbers, LocalDate.now(clock)).generate(size)
                .forEach(person -> persons.put(person.identityNumber(), person));
    }

    /** A population outside Spring, for tests: the same seed, size and day give the same people. */
    public static Population generate(long seed, int size, Clock clock) {
        return new Population(seed, size, clock);
    }

    /** The person with this fødselsnummer or D-number, also by a number they no longer use. */
    public synchronized Optional<SimulatedPerson> find(String identityNumber) {
        var current = currentNumberOf.getOrDefault(identityNumber, identityNumber);
        return Optional.ofNullable(persons.get(current));
    }

    /** Everyone, the dead included, in a stable order. */
    public synchronized List<SimulatedPerson> all() {
        return List.copyOf(persons.values());
    }

    /** The living of 18 or over, residents and D-number holders alike. */
    public synchronized List<SimulatedPerson> adults() {
        var today = today();
        return persons.values().stream().filter(p -> p.isAlive() && p.ageOn(today) >= 18).toList();
    }

    /** Living residents of 18 or over registered in this municipality (kommunenummer, e.g. "0301"). */
    public synchronized List<SimulatedPerson> adultsIn(String municipalityNumber) {
        return adults().stream()
                .filter(p -> p.status() == PersonStatus.BOSATT && p.municipalityNumber().filter(municipalityNumber::equals).isPresent())
                .toList();
    }

    public synchronized int size() {
        return persons.size();
    }

    /** The simulation's today, from the application clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @throws IllegalArgumentException if someone already has this person's number
     */
    public synchronized void add(SimulatedPerson person) {
        if (persons.containsKey(person.identityNumber()) || currentNumberOf.containsKey(person.identityNumber())) {
            throw new IllegalArgumentException("A person with number " + person.fodselsnummer() + " already exists");
        }
        numbers.reserve(person.identityNumber());
        persons.put(person.identityNumber(), person);
    }

    /**
     * Replaces a person by a changed version. The change may give the person a new identity number; the old one
     * then still finds them.
     *
     * @return the changed person
     * @throws IllegalArgumentException if there is no such person
     */
    public synchronized SimulatedPerson update(String identityNumber, UnaryOperator<SimulatedPerson> change) {
        var before = find(identityNumber).orElseThrow(() -> new IllegalArgumentException("No person " + Fodselsnummer.parse(identityNumber)));
        var after = change.apply(before);
        if (!after.identityNumber().equals(before.identityNumber())) {
            if (persons.containsKey(after.identityNumber())) {
                throw new IllegalArgumentException("A person with number " + after.fodselsnummer() + " already exists");
            }
            persons.remove(before.identityNumber());
            numbers.reserve(after.identityNumber());
            currentNumberOf.put(before.identityNumber(), after.identityNumber());
            currentNumberOf.replaceAll((old, current) -> current.equals(before.identityNumber()) ? after.identityNumber() : current);
        }
        persons.put(after.identityNumber(), after);
        return after;
    }

    /** Runs several changes as one, so that no reader sees a birth with the child but not yet the parents. */
    public synchronized <T> T atomically(Supplier<T> changes) {
        return changes.get();
    }

    /** A new, unused Tenor-style synthetic number for a newborn or a newcomer. */
    public synchronized Fodselsnummer newIdentityNumber(LocalDate birthDate, Sex sex, boolean dNumber) {
        while (true) {
            var number = numbers.next(birthDate, sex, dNumber);
            if (!currentNumberOf.containsKey(number.value())) {
                return number;
            }
        }
    }

    /** A Tenor-style given name (an adjective). */
    public synchronized String newGivenName() {
        return TenorNames.givenName(random);
    }

    /** Female or male, at random. */
    public synchronized Sex newSex() {
        return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    }

    /** A Tenor-style family name (a noun). */
    public synchronized String newFamilyName() {
        return TenorNames.familyName(random);
    }

    /**
     * A real street address in this municipality.
     *
     * @throws IllegalArgumentException if the simulation has no streets there (see {@link Municipality#ALL})
     */
    public synchronized Address newAddressIn(String municipalityNumber, LocalDate movedIn) {
        return addresses.in(municipalityNumber, movedIn);
    }
}
