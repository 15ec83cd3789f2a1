package no.lifecase.simulator.domstol;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.lifecase.simulator.domstol.SimulatedEstateCase.Heir;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The simulated courts' death cases and their event feed (docs/domain.md#courts-estate-feed). A case is
 * {@value #CASE_ADDED} when the court registers it, and {@value #CASE_UPDATED} when the skifteform is decided. The feed
 * starts empty: cases arrive through scenarios. Thread-safe: every method holds the lock.
 */
@Component
@Profile("simulators")
public class SimulatedCourts {

    static final String CASE_ADDED = "DODSFALLSAK-STATUS_LAGT_TIL";
    static final String CASE_UPDATED = "DODSFALLSAK-STATUS_OPPDATERT";
    static final String UNDECIDED = "IKKE_AVGJORT";
    static final String PRIVATE = "PRIVAT_SKIFTE";
    static final String SMALL_ESTATE = "PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI";
    static final String UNDIVIDED = "USKIFTE";
    static final String PUBLIC = "OFFENTLIG_SKIFTE";
    static final Set<String> SKIFTEFORMER = Set.of(UNDECIDED, PRIVATE, SMALL_ESTATE, UNDIVIDED, PUBLIC);
    /** The heirs choose the skifteform within 60 days of the death (docs/domain.md#death-and-inheritance). */
    private static final int DAYS_TO_DECIDE = 60;
    private static final Set<String> SURVIVING_PARTNERS = Set.of("GJENLEV_EKTEFELLE_PARTNER", "GJENLEV_PARTNER", "GJENLEV_SAMBOER");

    /** One entry of the feed. */
    public record Event(UUID id, String type, Instant time, UUID sakId) {
    }

    /** What a scenario changed, and the events that told the feed. */
    public record Emitted(SimulatedEstateCase estateCase, List<UUID> eventIds) {
    }

    private final Population population;
    private final Clock clock;
    private final Map<UUID, SimulatedEstateCase> cases = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<Court, Integer> caseCounts = new EnumMap<>(Court.class);
    /** The signed declarations each case received, as the court keeps them in its file. */
    private final Map<UUID, List<byte[]>> declarations = new LinkedHashMap<>();
    private Instant lastEventTime = Instant.EPOCH;

    SimulatedCourts(Population population, Clock clock) {
        this.population = population;
        this.clock = clock;
    }

    public synchronized Optional<SimulatedEstateCase> find(UUID sakId) {
        return Optional.ofNullable(cases.get(sakId));
    }

    /** The death case of this deceased, if the court has one. */
    public synchronized Optional<SimulatedEstateCase> caseOf(String deceased) {
        return cases.values().stream().filter(estateCase -> estateCase.deceased().equals(deceased)).findFirst();
    }

    /** The signed declarations the case received, oldest first. */
    public synchronized List<byte[]> declarationsReceived(UUID sakId) {
        return declarations.getOrDefault(sakId, List.of()).stream().map(byte[]::clone).toList();
    }

    /** Up to {@code limit} events at or after {@code from} (all if null), oldest first. */
    public synchronized List<Event> events(Instant from, int limit) {
        return events.stream().filter(event -> from == null || !event.time().isBefore(from)).limit(limit).toList();
    }

    /**
     * The court registers the death and, if the heirs have already chosen, the skifteform.
     *
     * @param heirs null: the deceased's living spouse and children in the population
     * @param court null: the court where the deceased lived
     */
    public synchronized Emitted open(String deceased, String skifteform, List<Heir> heirs, Court court) {
        var person = population.find(deceased).orElseThrow(() -> new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY,
                "deceased", "is not a person of the simulated population"));
        requireKnown(skifteform);
        if (cases.values().stream().anyMatch(existing -> existing.deceased().equals(person.identityNumber()))) {
            throw new EstateScenarioRefused(HttpStatus.CONFLICT, "deceased", "already has a death case");
        }
        var chosenCourt = court != null ? court : courtWhereTheyLived(person);
        var today = population.today();
        var opened = new SimulatedEstateCase(UUID.randomUUID(), caseNumber(chosenCourt, today.getYear()),
                person.identityNumber(), chosenCourt, "MOTTATT", UNDECIDED, heirs != null ? heirs : heirsOf(person), today,
                today.plusDays(DAYS_TO_DECIDE), null, List.of(), null);
        cases.put(opened.sakId(), opened);
        var added = emit(CASE_ADDED, opened.sakId());
        if (UNDECIDED.equals(skifteform)) {
            return new Emitted(opened, List.of(added));
        }
        var decided = decide(opened.sakId(), skifteform, null);
        return new Emitted(decided.estateCase(), List.of(added, decided.eventIds().get(0)));
    }

    /**
     * The heirs' choice, registered by the court.
     *
     * @param heirs null: the heirs the case already has
     */
    public synchronized Emitted decide(UUID sakId, String skifteform, List<Heir> heirs) {
        var open = find(sakId).orElseThrow(() -> new EstateScenarioRefused(HttpStatus.NOT_FOUND, "sakId", "is not a death case"));
        requireKnown(skifteform);
        if (UNDECIDED.equals(skifteform)) {
            throw new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY, "skifteform", "must be a decision, not " + UNDECIDED);
        }
        if (open.isDecided()) {
            throw new EstateScenarioRefused(HttpStatus.CONFLICT, "sakId", "is decided already");
        }
        var parties = heirs != null ? heirs : open.heirs();
        var onAttest = switch (skifteform) {
            case PRIVATE -> takingOnDebt(parties);
            case SMALL_ESTATE -> parties;
            case UNDIVIDED -> {
                if (parties.stream().noneMatch(heir -> SURVIVING_PARTNERS.contains(heir.role()))) {
                    throw new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY, "skifteform",
                            "USKIFTE needs a surviving spouse, partner or cohabitant among the heirs");
                }
                yield List.<Heir>of();
            }
            default -> List.<Heir>of();
        };
        var decided = new SimulatedEstateCase(open.sakId(), open.saksnummer(), open.deceased(), open.court(),
                "FERDIGBEHANDLET", skifteform, PRIVATE.equals(skifteform) ? onAttest : parties, open.received(),
                open.deadline(), PRIVATE.equals(skifteform) ? "PRIVAT_SKIFTE_IHT_ARVELOVEN_PARAGRAF_99" : null, onAttest,
                population.today());
        cases.put(sakId, decided);
        return new Emitted(decided, List.of(emit(CASE_UPDATED, sakId)));
    }

    /**
     * A declaration of the heirs reaches the court: the death case the court has for the deceased, or a new one at this
     * court, gets the heirs' choice. The heirs' roles are the court's own knowledge of the family.
     *
     * @param heirs     the heirs who signed, by fødselsnummer, and whether each takes on the debt
     * @param signedPdf the declaration as the heirs signed it, kept with the case
     */
    public synchronized Emitted receiveDeclaration(String deceased, Court court, String skifteform, Map<String, Boolean> heirs,
                                                   byte[] signedPdf) {
        var person = population.find(deceased).orElseThrow(() -> new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY,
                "avdode", "is not a person of the simulated population"));
        var known = heirsOf(person);
        var parties = heirs.entrySet().stream()
                .map(heir -> new Heir(heir.getKey(), known.stream().filter(k -> k.identityNumber().equals(heir.getKey()))
                        .map(Heir::role).findFirst().orElse("PART_ANNEN"), heir.getValue()))
                .toList();
        var existing = cases.values().stream().filter(open -> open.deceased().equals(person.identityNumber())).findFirst();
        var events = new ArrayList<UUID>();
        SimulatedEstateCase estateCase;
        if (existing.isPresent()) {
            estateCase = existing.get();
        } else {
            var opened = open(deceased, UNDECIDED, parties, court);
            estateCase = opened.estateCase();
            events.addAll(opened.eventIds());
        }
        var decided = decide(estateCase.sakId(), skifteform, parties);
        events.addAll(decided.eventIds());
        declarations.computeIfAbsent(estateCase.sakId(), sakId -> new ArrayList<>()).add(signedPdf.clone());
        return new Emitted(decided.estateCase(), events);
    }

    /**
     * The district court of the municipality the deceased lived in; Oslo tingrett for someone who lived in no
     * municipality in Norway, as death-agency-routing.dmn routes them.
     */
    private static Court courtWhereTheyLived(SimulatedPerson deceased) {
        return deceased.municipalityNumber()
                .map(number -> Court.ofMunicipality(number).orElseThrow(() -> new EstateScenarioRefused(
                        HttpStatus.UNPROCESSABLE_ENTITY, "deceased", "lived in municipality " + number
                        + ", which no district court in the simulation serves")))
                .orElse(Court.TOSL);
    }

    /**
     * The heirs asked for who get a formuesfullmakt: those the court knows as the deceased's heirs (docs/adr/0064).
     * The court refuses a request about someone it has no death registered for.
     */
    public synchronized Set<String> formuesfullmakt(String deceased, List<String> asked) {
        var person = population.find(deceased).filter(found -> !found.isAlive())
                .orElseThrow(() -> new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY, "avdode",
                        "is not a deceased person of the simulated population"));
        var known = heirsOf(person).stream().map(Heir::identityNumber).collect(Collectors.toSet());
        return asked.stream().filter(known::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Private settlement needs at least one heir who takes on the debt; the first heir does if none was named. */
    private static List<Heir> takingOnDebt(List<Heir> heirs) {
        if (heirs.isEmpty()) {
            throw new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY, "heirs", "PRIVAT_SKIFTE needs an heir who takes on the debt");
        }
        if (heirs.stream().anyMatch(Heir::takesOnDebt)) {
            return heirs;
        }
        var first = heirs.get(0);
        return Stream.concat(Stream.of(new Heir(first.identityNumber(), first.role(), true)), heirs.stream().skip(1)).toList();
    }

    private List<Heir> heirsOf(SimulatedPerson deceased) {
        var heirs = new ArrayList<Heir>();
        Optional.ofNullable(deceased.spouse()).flatMap(population::find).filter(SimulatedPerson::isAlive)
                .ifPresent(spouse -> heirs.add(new Heir(spouse.identityNumber(), "GJENLEV_EKTEFELLE_PARTNER", false)));
        deceased.children().stream().map(population::find).flatMap(Optional::stream).filter(SimulatedPerson::isAlive)
                .forEach(child -> heirs.add(new Heir(child.identityNumber(), "BARN", false)));
        return heirs;
    }

    private UUID emit(String type, UUID sakId) {
        // Strictly increasing times: consumers read the feed from a time, so each event gets its own.
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        lastEventTime = now.isAfter(lastEventTime) ? now : lastEventTime.plusMillis(1);
        var event = new Event(UUID.randomUUID(), type, lastEventTime, sakId);
        events.add(event);
        return event.id();
    }

    private String caseNumber(Court court, int year) {
        int number = caseCounts.merge(court, 1, Integer::sum);
        return "%02d-%06dDFA-%s".formatted(year % 100, number, court.name());
    }

    private static void requireKnown(String skifteform) {
        if (!SKIFTEFORMER.contains(skifteform)) {
            throw new EstateScenarioRefused(HttpStatus.BAD_REQUEST, "skifteform", "must be one of " + SKIFTEFORMER);
        }
    }
}
