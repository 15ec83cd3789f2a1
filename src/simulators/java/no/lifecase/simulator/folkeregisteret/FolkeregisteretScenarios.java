package no.lifecase.simulator.folkeregisteret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.FamilyRelation;
import no.lifecase.simulator.population.FamilyRole;
import no.lifecase.simulator.population.Immigration;
import no.lifecase.simulator.population.ParentalResponsibility;
import no.lifecase.simulator.population.PersonStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.ResidencePermit;
import no.lifecase.simulator.population.Responsibility;
import no.lifecase.simulator.population.Sex;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.udi.SimulatedUdi;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Life events in the simulated Folkeregister: each changes the population and appends the per-person events the real
 * register emits for it (docs/domain.md#folkeregisteret-events and its life events), one event per person and change,
 * contiguous in the feed. Invalid requests fail with {@link IllegalArgumentException}, whose message never holds a
 * whole number.
 */
@Service
@Profile("simulators")
public class FolkeregisteretScenarios {

    static final String PERSON_CREATED = "personErOpprettet";
    static final String PERSON_DIED = "personErDoed";
    static final String PERSON_REACTIVATED = "personErReaktivert";
    static final String PERSON_SETTLED = "personErBosatt";
    static final String FAMILY_RELATION_CHANGED = "endringIFamilierelasjon";
    static final String PARENTAL_RESPONSIBILITY_CHANGED = "endringIForeldreansvar";
    static final String CIVIL_STATUS_CHANGED = "endringISivilstand";
    static final String IDENTITY_NUMBER_CHANGED = "endringIIdentifikasjonsnummer";
    static final String RESIDENCE_CHANGED = "endringIBostedsadresse";

    private static final List<String> EEA = List.of("AUT", "BEL", "BGR", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN",
            "FRA", "GRC", "HRV", "HUN", "IRL", "ISL", "ITA", "LIE", "LTU", "LUX", "LVA", "MLT", "NLD", "POL", "PRT", "ROU",
            "SVK", "SVN", "SWE", "CHE");

    private final Population population;
    private final EventLog events;
    private final SimulatedUdi udi;

    FolkeregisteretScenarios(Population population, EventLog events, SimulatedUdi udi) {
        this.population = population;
        this.events = events;
        this.udi = udi;
    }

    /**
     * @param mother     the mother's number; required
     * @param father     the father's (or, for a woman, the co-mother's) number; optional
     * @param sex        kvinne or mann; random if omitted
     * @param birthDate  today if omitted
     * @param stillborn  a stillbirth: no child is registered, only a doedfoedtBarn relation on the mother
     *                   (docs/domain.md#having-a-child)
     */
    public record Birth(String mother, String father, String sex, LocalDate birthDate, boolean stillborn) {
    }

    /**
     * A child is born: personErOpprettet for the child, then endringIFamilierelasjon and endringIForeldreansvar for
     * each parent. The child lives at the mother's address with her address protection. A father named at birth
     * shares parental responsibility (barneloven § 35, also for unmarried parents since 2020).
     */
    public ScenarioResult birth(Birth request) {
        return population.atomically(() -> {
            var mother = living(request.mother(), "mother");
            var father = request.father() == null ? null : living(request.father(), "father");
            var birthDate = request.birthDate() == null ? population.today() : request.birthDate();
            var recorded = new Recorded();
            recorded.persons.put("mother", mother.identityNumber());
            if (request.stillborn()) {
                change(mother.identityNumber(), FAMILY_RELATION_CHANGED, recorded, p -> p.toBuilder()
                        .relation(new FamilyRelation(null, FamilyRole.DOEDFOEDT_BARN, FamilyRole.MOR, birthDate)).build());
                return recorded.result();
            }
            var sex = request.sex() == null ? population.newSex() : sex(request.sex());
            var childNumber = population.newIdentityNumber(birthDate, sex, false).value();
            var fatherRole = father == null ? null : father.sex() == Sex.FEMALE ? FamilyRole.MEDMOR : FamilyRole.FAR;
            var responsibility = father == null ? Responsibility.MOR : Responsibility.FELLES;
            var child = SimulatedPerson.builder().identityNumber(childNumber)
                    // Until the parents choose a name, the register holds "<mother's first name>*PIKE/GUTT".
                    .givenName(mother.givenName() + "*" + (sex == Sex.FEMALE ? "PIKE" : "GUTT"))
                    .familyName(mother.familyName()).sex(sex).birthDate(birthDate)
                    .birthMunicipality(mother.municipalityNumber().orElse(null))
                    .address(mother.address() == null ? null : mother.address().movedInOn(birthDate))
                    .addressProtection(mother.addressProtection())
                    .relation(FamilyRelation.of(mother.identityNumber(), FamilyRole.MOR, FamilyRole.BARN))
                    .responsibility(new ParentalResponsibility(responsibility, mother.identityNumber(), childNumber));
            if (father != null) {
                child.relation(FamilyRelation.of(father.identityNumber(), fatherRole, FamilyRole.BARN))
                        .responsibility(new ParentalResponsibility(responsibility, father.identityNumber(), childNumber));
            }
            var created = child.build();
            population.add(created);
            recorded.add(events.append(PERSON_CREATED, childNumber, null, created));
            recorded.persons.put("child", childNumber);
            becomeParent(mother, FamilyRole.MOR, childNumber, responsibility, recorded);
            if (father != null) {
                recorded.persons.put("father", father.identityNumber());
                becomeParent(father, fatherRole, childNumber, responsibility, recorded);
            }
            return recorded.result();
        });
    }

    /** @param deathDate today if omitted */
    public record Death(String person, LocalDate deathDate) {
    }

    /**
     * Someone dies: personErDoed for the deceased, and endringISivilstand for a living spouse or partner, who becomes
     * enkeEllerEnkemann or gjenlevendePartner (docs/domain.md#death-and-inheritance).
     */
    public ScenarioResult death(Death request) {
        return population.atomically(() -> {
            var deceased = living(request.person(), "person");
            var date = request.deathDate() == null ? population.today() : request.deathDate();
            var recorded = new Recorded();
            recorded.persons.put("deceased", deceased.identityNumber());
            change(deceased.identityNumber(), PERSON_DIED, recorded, p -> p.toBuilder().status(PersonStatus.DOED).deathDate(date).build());
            spouseOf(deceased).filter(SimulatedPerson::isAlive).ifPresent(spouse -> {
                recorded.persons.put("spouse", spouse.identityNumber());
                change(spouse.identityNumber(), CIVIL_STATUS_CHANGED, recorded, p -> p.toBuilder()
                        .civilStatus(p.civilStatus().whenWidowed(), date, deceased.identityNumber()).build());
            });
            return recorded.result();
        });
    }

    /** @param correctedDeathDate if given, the death is registered again with this date, as a correction does */
    public record Reactivation(String person, LocalDate correctedDeathDate) {
    }

    /**
     * A death is annulled: personErReaktivert, and the widowed spouse is married again (endringISivilstand). With a
     * corrected date, the death follows anew (a corrected death date is an annulment and a new death:
     * docs/domain.md#folkeregisteret-events).
     */
    public ScenarioResult reactivation(Reactivation request) {
        return population.atomically(() -> {
            var person = existing(request.person(), "person");
            if (person.isAlive()) {
                throw new IllegalArgumentException("person " + person.fodselsnummer() + " is not dead");
            }
            var recorded = new Recorded();
            recorded.persons.put("person", person.identityNumber());
            change(person.identityNumber(), PERSON_REACTIVATED, recorded, p -> p.toBuilder()
                    .status(p.hasDNumber() ? PersonStatus.MIDLERTIDIG : PersonStatus.BOSATT).deathDate(null).build());
            spouseOf(person).filter(s -> s.isAlive() && !s.civilStatus().hasSpouse()).ifPresent(spouse -> {
                recorded.persons.put("spouse", spouse.identityNumber());
                change(spouse.identityNumber(), CIVIL_STATUS_CHANGED, recorded, p -> p.toBuilder()
                        .civilStatus(person.civilStatus(), person.civilStatusDate(), person.identityNumber()).build());
            });
            if (request.correctedDeathDate() == null) {
                return recorded.result();
            }
            var death = death(new Death(person.identityNumber(), request.correctedDeathDate()));
            recorded.merge(death);
            return recorded.result();
        });
    }

    /**
     * @param person          an existing D-number holder who now settles and gets a fødselsnummer; omit for a newcomer
     * @param fromCountry     ISO 3166 alpha-3; required
     * @param municipality    kommunenummer to live in; 0301 if omitted
     * @param dNumber         a newcomer on a short stay, who gets a D-number and is not resident
     * @param sex             kvinne or mann, for a newcomer; random if omitted
     * @param birthDate       for a newcomer; 30 years ago if omitted
     * @param residencePermit midlertidig or permanent; default permanent for those from outside the EEA
     * @param residenceBasis  what UDI holds as the basis: refugee, family-reunification, work, study or eu-eea;
     *                        default eu-eea for an EEA country, work otherwise (Folkeregisteret does not hold it)
     */
    public record MoveToNorway(String person, String fromCountry, String municipality, boolean dNumber, String sex,
                              LocalDate birthDate, String residencePermit, String residenceBasis) {
    }

    /**
     * Someone moves to Norway (docs/domain.md#new-in-norway). A newcomer who settles: personErOpprettet and
     * personErBosatt. A D-number holder who settles gets a fødselsnummer: endringIIdentifikasjonsnummer on the old
     * number first (docs/domain.md#folkeregisteret-events), then personErBosatt on the new one. A newcomer on a short
     * stay: personErOpprettet with a D-number only.
     */
    public ScenarioResult immigration(MoveToNorway request) {
        if (request.fromCountry() == null || !request.fromCountry().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("fromCountry must be an ISO 3166 alpha-3 code, e.g. SWE");
        }
        return population.atomically(() -> {
            var today = population.today();
            var municipality = request.municipality() == null ? "0301" : request.municipality();
            var address = population.newAddressIn(municipality, today);
            var permit = permit(request, today);
            var basis = basis(request);
            var recorded = new Recorded();
            if (request.person() != null) {
                var holder = living(request.person(), "person");
                if (!holder.hasDNumber()) {
                    throw new IllegalArgumentException("person " + holder.fodselsnummer() + " has no D-number to replace");
                }
                var oldNumber = holder.identityNumber();
                var newNumber = population.newIdentityNumber(holder.birthDate(), holder.sex(), false).value();
                var settled = population.update(oldNumber, p -> p.toBuilder().identityNumber(newNumber).formerIdentityNumber(oldNumber)
                        .status(PersonStatus.BOSATT).address(address)
                        .immigration(new Immigration(request.fromCountry(), today))
                        .residencePermit(permit).build());
                udi.decide(oldNumber, basis, today);
                udi.renumber(oldNumber, newNumber);
                recorded.add(events.append(IDENTITY_NUMBER_CHANGED, oldNumber, holder, settled));
                recorded.add(events.append(PERSON_SETTLED, newNumber, null, settled));
                recorded.persons.put("formerNumber", oldNumber);
                recorded.persons.put("person", newNumber);
                return recorded.result();
            }
            var sex = request.sex() == null ? Sex.FEMALE : sex(request.sex());
            var birthDate = request.birthDate() == null ? today.minusYears(30) : request.birthDate();
            var number = population.newIdentityNumber(birthDate, sex, request.dNumber()).value();
            var newcomer = SimulatedPerson.builder().identityNumber(number).givenName(population.newGivenName())
                    .familyName(population.newFamilyName()).sex(sex).birthDate(birthDate).birthMunicipality(null)
                    .birthCountry(request.fromCountry()).citizenship(request.fromCountry()).address(address).residencePermit(permit);
            recorded.persons.put("person", number);
            udi.decide(number, basis, today);
            if (request.dNumber()) {
                var created = newcomer.status(PersonStatus.MIDLERTIDIG).build();
                population.add(created);
                recorded.add(events.append(PERSON_CREATED, number, null, created));
                return recorded.result();
            }
            var created = newcomer.status(PersonStatus.BOSATT)
                    .immigration(new Immigration(request.fromCountry(), today)).build();
            population.add(created);
            recorded.add(events.append(PERSON_CREATED, number, null, created));
            recorded.add(events.append(PERSON_SETTLED, number, created, created));
            return recorded.result();
        });
    }

    /**
     * @param municipality kommunenummer to move to; required
     * @param movedIn      today if omitted
     * @param household    the spouse and the children in the person's care move along, if they live at the same address
     */
    public record Move(String person, String municipality, LocalDate movedIn, boolean household) {
    }

    /** Someone moves within Norway: endringIBostedsadresse for each person who moves. */
    public ScenarioResult move(Move request) {
        if (request.municipality() == null) {
            throw new IllegalArgumentException("municipality is required");
        }
        return population.atomically(() -> {
            var mover = living(request.person(), "person");
            var date = request.movedIn() == null ? population.today() : request.movedIn();
            var address = population.newAddressIn(request.municipality(), date);
            var recorded = new Recorded();
            recorded.persons.put("person", mover.identityNumber());
            List<String> moving = new ArrayList<>(List.of(mover.identityNumber()));
            if (request.household()) {
                spouseOf(mover).filter(SimulatedPerson::isAlive).map(SimulatedPerson::identityNumber).ifPresent(moving::add);
                mover.responsibilities().stream().map(ParentalResponsibility::child)
                        .filter(child -> !child.equals(mover.identityNumber())).forEach(moving::add);
            }
            for (var id : moving) {
                var before = existing(id, "person");
                if (id.equals(mover.identityNumber()) || sameAddress(before, mover)) {
                    change(id, RESIDENCE_CHANGED, recorded, p -> p.toBuilder().address(address).build());
                }
            }
            return recorded.result();
        });
    }

    private void becomeParent(SimulatedPerson parent, FamilyRole role, String child, Responsibility responsibility, Recorded recorded) {
        change(parent.identityNumber(), FAMILY_RELATION_CHANGED, recorded,
                p -> p.toBuilder().relation(FamilyRelation.of(child, FamilyRole.BARN, role)).build());
        change(parent.identityNumber(), PARENTAL_RESPONSIBILITY_CHANGED, recorded,
                p -> p.toBuilder().responsibility(new ParentalResponsibility(responsibility, parent.identityNumber(), child)).build());
    }

    private void change(String identityNumber, String eventType, Recorded recorded, UnaryOperator<SimulatedPerson> change) {
        var before = existing(identityNumber, "person");
        var after = population.update(identityNumber, change);
        recorded.add(events.append(eventType, after.identityNumber(), before, after));
    }

    private Optional<SimulatedPerson> spouseOf(SimulatedPerson person) {
        if (person.spouse() == null) {
            return Optional.empty();
        }
        return population.find(person.spouse()).filter(s -> person.identityNumber().equals(s.spouse()));
    }

    private static boolean sameAddress(SimulatedPerson a, SimulatedPerson b) {
        return a.address() != null && b.address() != null && a.address().streetName().equals(b.address().streetName())
                && a.address().houseNumber().equals(b.address().houseNumber())
                && a.address().municipalityNumber().equals(b.address().municipalityNumber());
    }

    private SimulatedPerson living(String identityNumber, String field) {
        var person = existing(identityNumber, field);
        if (!person.isAlive()) {
            throw new IllegalArgumentException(field + " " + person.fodselsnummer() + " is dead");
        }
        return person;
    }

    private SimulatedPerson existing(String identityNumber, String field) {
        if (!Fodselsnummer.isValid(identityNumber)) {
            throw new IllegalArgumentException(field + " must be a valid identity number");
        }
        return population.find(identityNumber)
                .orElseThrow(() -> new IllegalArgumentException(field + " " + Fodselsnummer.parse(identityNumber) + " is not in the population"));
    }

    private static Sex sex(String code) {
        return switch (code) {
            case "kvinne" -> Sex.FEMALE;
            case "mann" -> Sex.MALE;
            default -> throw new IllegalArgumentException("sex must be kvinne or mann");
        };
    }

    private static ResidencePermit permit(MoveToNorway request, LocalDate today) {
        if (request.residencePermit() == null) {
            return EEA.contains(request.fromCountry()) || request.dNumber() ? null
                    : new ResidencePermit(ResidencePermit.Kind.PERMANENT, today, null);
        }
        return switch (request.residencePermit()) {
            case "permanent" -> new ResidencePermit(ResidencePermit.Kind.PERMANENT, today, null);
            case "midlertidig" -> new ResidencePermit(ResidencePermit.Kind.MIDLERTIDIG, today, today.plusYears(1));
            default -> throw new IllegalArgumentException("residencePermit must be midlertidig or permanent");
        };
    }

    private static SimulatedUdi.Basis basis(MoveToNorway request) {
        if (request.residenceBasis() != null) {
            return SimulatedUdi.Basis.ofScenarioName(request.residenceBasis());
        }
        return EEA.contains(request.fromCountry()) ? SimulatedUdi.Basis.EOES_REGISTRERING : SimulatedUdi.Basis.ARBEID;
    }

    /** The people and events of one scenario as it runs. */
    private static final class Recorded {
        private final Map<String, String> persons = new LinkedHashMap<>();
        private final List<ScenarioResult.Event> events = new ArrayList<>();

        void add(StoredEvent event) {
            events.add(ScenarioResult.Event.of(event));
        }

        void merge(ScenarioResult other) {
            other.persons().forEach(persons::putIfAbsent);
            events.addAll(other.events());
        }

        ScenarioResult result() {
            return new ScenarioResult(persons, events);
        }
    }
}
