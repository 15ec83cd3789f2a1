package no.lifecase.simulator.enhetsregisteret;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated Enhetsregister: organisations founded by adults of the population, generated from a seed at
 * start-up, and an update feed. The generated organisations predate the simulation, so the feed starts empty and
 * carries what scenarios found while the application runs, as the real feed carries today's news, not history.
 * Thread-safe: every method holds the lock.
 */
@Component
@Profile("simulators")
@EnableConfigurationProperties(EnhetsregisteretSimulatorProperties.class)
public class SimulatedEnhetsregister {

    /** An entry of the update feed. */
    public record Update(long oppdateringsid, Instant dato, String organisationNumber, String endringstype) {
    }

    /** What a scenario founded, and the update that announced it. */
    public record Founded(SimulatedUnit unit, Update update) {
    }

    private final Population population;
    private final Clock clock;
    private final long seed;
    private final OrganisationGenerator generator;
    private final Map<String, SimulatedUnit> units = new LinkedHashMap<>();
    private final List<Update> updates = new ArrayList<>();
    private long nextOppdateringsid;

    SimulatedEnhetsregister(EnhetsregisteretSimulatorProperties properties, Population population, Clock clock) {
        this.population = population;
        this.clock = clock;
        this.seed = properties.seed();
        this.nextOppdateringsid = properties.firstOppdateringsid();
        this.generator = new OrganisationGenerator(new SplittableRandom(seed));
        generate(properties);
    }

    public synchronized Optional<SimulatedUnit> find(String organisationNumber) {
        return Optional.ofNullable(units.get(organisationNumber));
    }

    public synchronized List<SimulatedUnit> all() {
        return List.copyOf(units.values());
    }

    /**
     * Founds a unit now and announces it in the feed as {@code Ny}.
     *
     * @param boardMembers the other board members' identity numbers, or null to draw them from the founder's
     *                     municipality
     * @throws FoundingRefused if the founder is not a living adult of the population
     */
    public synchronized Founded found(OrganisationForm form, String founderNumber, String name, Integer employees,
                                      Boolean vatRegistered, Boolean voluntaryRegister, List<String> boardMembers) {
        var founder = population.find(founderNumber).orElseThrow(() -> new FoundingRefused("founder",
                "is not a person of the simulated population"));
        if (!founder.isAlive() || founder.ageOn(population.today()) < 18) {
            throw new FoundingRefused("founder", "must be a living adult");
        }
        if (boardMembers != null) {
            for (var member : boardMembers) {
                if (population.find(member).filter(SimulatedPerson::isAlive).isEmpty()) {
                    throw new FoundingRefused("boardMembers", "must be living persons of the simulated population");
                }
            }
        }
        var unit = generator.found(form, founder, name, employees, vatRegistered, voluntaryRegister, boardMembers,
                candidatesNear(founder), population.today());
        units.put(unit.organisationNumber(), unit);
        return new Founded(unit, announce(unit.organisationNumber(), "Ny"));
    }

    /**
     * Updates from {@code fromOppdateringsid} and {@code fromTime} on (both inclusive, either may be null), for
     * these organisations only if any are named, oldest first.
     */
    public synchronized List<Update> updates(Long fromOppdateringsid, Instant fromTime, Collection<String> organisationNumbers) {
        return updates.stream()
                .filter(update -> fromOppdateringsid == null || update.oppdateringsid() >= fromOppdateringsid)
                .filter(update -> fromTime == null || !update.dato().isBefore(fromTime))
                .filter(update -> organisationNumbers.isEmpty() || organisationNumbers.contains(update.organisationNumber()))
                .toList();
    }

    private Update announce(String organisationNumber, String endringstype) {
        var update = new Update(nextOppdateringsid++, clock.instant().truncatedTo(ChronoUnit.MILLIS), organisationNumber, endringstype);
        updates.add(update);
        return update;
    }

    private void generate(EnhetsregisteretSimulatorProperties properties) {
        var adults = new ArrayList<>(population.adults());
        var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        // A seeded shuffle picks the founders; each founds at most one organisation.
        for (int i = adults.size() - 1; i > 0; i--) {
            var j = random.nextInt(i + 1);
            var swap = adults.get(i);
            adults.set(i, adults.get(j));
            adults.set(j, swap);
        }
        var founders = adults.iterator();
        var today = population.today();
        generate(OrganisationForm.ENK, properties.soleProprietorships() * adults.size() / 1000, founders, today);
        generate(OrganisationForm.AS, properties.limitedCompanies() * adults.size() / 1000, founders, today);
        generate(OrganisationForm.FLI, properties.voluntaryOrganisations() * adults.size() / 1000, founders, today);
    }

    private void generate(OrganisationForm form, int count, Iterator<SimulatedPerson> founders, LocalDate today) {
        for (int i = 0; i < count && founders.hasNext(); i++) {
            var founder = founders.next();
            var unit = generator.found(form, founder, null, null, null, null, null, candidatesNear(founder),
                    generator.pastRegistration(founder, today));
            units.put(unit.organisationNumber(), unit);
        }
    }

    /** Board members usually live where the organisation is. */
    private List<SimulatedPerson> candidatesNear(SimulatedPerson founder) {
        return founder.municipalityNumber().map(population::adultsIn).filter(near -> near.size() > 1)
                .orElseGet(population::adults);
    }
}
