package no.lifecase.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.simulator.population.SimulatedPerson;

/**
 * The people the benchmark's events happen to, each used once in a run: the simulated registers live for the whole
 * run, so a mother gives birth once, the dead stay dead and a founder founds one business. Picked from the same
 * population the register JVM serves (same seed, size and day), built here too.
 */
final class People {

    /** Births are spread over the last two weeks: the simulated register has a few hundred numbers per birth date. */
    private static final int BIRTH_DAYS = 14;
    private static final List<String> COUNTRIES = List.of("POL", "LTU", "UKR", "SWE", "SYR", "IND", "PHL", "DEU", "ERI", "ROU");

    private final LocalDate today;
    private final List<String> mothers;
    private final List<String> elderly;
    private final List<String> founders;
    private int births;
    private int deaths;
    private int newcomers;
    private int foundings;

    People(Population population) {
        this.today = population.today();
        this.mothers = mothers(population);
        this.elderly = elderly(population);
        var taken = new HashSet<String>(mothers);
        taken.addAll(elderly);
        this.founders = population.all().stream().filter(p -> p.isAlive() && p.ageOn(today) >= 20 && p.ageOn(today) <= 66
                && !p.hasDNumber() && !p.hasProtectedAddress() && !taken.contains(p.identityNumber()))
                .map(SimulatedPerson::identityNumber).toList();
    }

    static People of(int populationSize) {
        return new People(Population.generate(SimulatedRegisters.POPULATION_SEED, populationSize, Clock.systemUTC()));
    }

    /** Births and deaths alternating, a birth first: the workload of every round. */
    synchronized List<Workload.Event> birthsAndDeaths(int count) {
        var events = new ArrayList<Workload.Event>();
        for (int i = 0; i < count; i++) {
            events.add(i % 2 == 0 ? birth() : death());
        }
        return events;
    }

    synchronized List<Workload.Event> births(int count) {
        var events = new ArrayList<Workload.Event>();
        for (int i = 0; i < count; i++) {
            events.add(birth());
        }
        return events;
    }

    synchronized List<Workload.Event> deaths(int count) {
        var events = new ArrayList<Workload.Event>();
        for (int i = 0; i < count; i++) {
            events.add(death());
        }
        return events;
    }

    /** Newcomers of both sexes, between 20 and 50 years old, from a few countries in and outside the EEA. */
    synchronized List<Workload.Event> immigrations(int count) {
        var events = new ArrayList<Workload.Event>();
        for (int i = 0; i < count; i++) {
            int n = newcomers++;
            events.add(Workload.Event.ofImmigration(n % 2 == 0 ? "kvinne" : "mann",
                    today.minusYears(20).minusDays((n * 37L) % (30 * 365)), COUNTRIES.get(n % COUNTRIES.size())));
        }
        return events;
    }

    /** New sole proprietorships and limited companies, alternating. */
    synchronized List<Workload.Event> foundings(int count) {
        var events = new ArrayList<Workload.Event>();
        for (int i = 0; i < count; i++) {
            int n = foundings++;
            events.add(Workload.Event.ofFounding(next(founders, n, "founders"), n % 2 == 0 ? "ENK" : "AS"));
        }
        return events;
    }

    private Workload.Event birth() {
        int n = births++;
        return Workload.Event.ofBirth(next(mothers, n, "mothers"), today.minusDays(n % BIRTH_DAYS));
    }

    private Workload.Event death() {
        return Workload.Event.ofDeath(next(elderly, deaths++, "people of 70 or more"));
    }

    private static String next(List<String> people, int index, String who) {
        if (index >= people.size()) {
            throw new IllegalStateException("The population has only " + people.size() + " " + who + " for this run's events; raise benchmark.population");
        }
        return people.get(index);
    }

    /** Women between 20 and 44, none with a D-number or a protected address. */
    static List<String> mothers(Population population) {
        var today = population.today();
        return population.all().stream().filter(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.ageOn(today) >= 20
                && p.ageOn(today) <= 44 && !p.hasDNumber() && !p.hasProtectedAddress()).map(SimulatedPerson::identityNumber).toList();
    }

    /** People of 70 or more, none with a D-number or a protected address. */
    static List<String> elderly(Population population) {
        var today = population.today();
        return population.all().stream().filter(p -> p.isAlive() && p.ageOn(today) >= 70 && !p.hasDNumber() && !p.hasProtectedAddress())
                .map(SimulatedPerson::identityNumber).toList();
    }

    @Override
    public synchronized String toString() {
        return "%d mothers, %d people of 70 or more, %d founders".formatted(mothers.size(), elderly.size(), founders.size());
    }
}
