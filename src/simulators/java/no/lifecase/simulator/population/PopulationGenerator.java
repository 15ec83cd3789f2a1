package no.lifecase.simulator.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a synthetic population household by household, so that every relation has both ends: a child's
 * parents list the child, spouses point at each other, parental responsibility sits on both records.
 * The same seed and date give the same people, so tests and demos can name them.
 */
final class PopulationGenerator {

    private static final List<String> EEA_WORKER_COUNTRIES = List.of("POL", "LTU", "ROU", "SWE", "DEU");
    private static final List<String> OTHER_WORKER_COUNTRIES = List.of("PHL", "IND");
    private static final List<String> REFUGEE_COUNTRIES = List.of("SYR", "UKR");

    private final SplittableRandom random;
    private final IdentityNumbers numbers;
    private final Addresses addresses;
    private final LocalDate today;
    private final Map<String, SimulatedPerson.Builder> people = new LinkedHashMap<>();

    PopulationGenerator(SplittableRandom random, IdentityNumbers numbers, LocalDate today) {
        this.random = random;
        this.numbers = numbers;
        this.addresses = new Addresses(random);
        this.today = today;
    }

    List<SimulatedPerson> generate(int size) {
        while (people.size() < size) {
            household();
        }
        return people.values().stream().map(SimulatedPerson.Builder::build).toList();
    }

    private void household() {
        double kind = random.nextDouble();
        if (kind < 0.38) {
            marriedCouple();
        } else if (kind < 0.56) {
            cohabitants();
        } else if (kind < 0.68) {
            singleParent();
        } else if (kind < 0.85) {
            singleAdult();
        } else if (kind < 0.92) {
            widowed();
        } else if (kind < 0.97) {
            foreignWorker();
        } else {
            immigrantFamily();
        }
    }

    private void marriedCouple() {
        var home = home();
        boolean partnership = random.nextDouble() < 0.04;
        int ageA = between(25, 70);
        int ageB = Math.max(20, ageA + between(-4, 4));
        Sex sexB = partnership && random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        String familyName = TenorNames.familyName(random);
        String a = person(Sex.FEMALE, ageA, familyName, home);
        String b = person(partnership ? sexB : Sex.MALE, ageB, familyName, home);
        int youngest = Math.min(ageA, ageB);
        marry(a, b, partnership ? CivilStatus.REGISTRERT_PARTNER : CivilStatus.GIFT,
                today.minusYears(between(1, Math.max(1, Math.min(youngest - 20, 30)))).minusDays(random.nextInt(365)));
        if (!partnership || sexB == Sex.FEMALE) {
            children(youngest, familyName, home, List.of(
                    new Parent(a, FamilyRole.MOR), new Parent(b, partnership ? FamilyRole.MEDMOR : FamilyRole.FAR)),
                    Responsibility.FELLES, between(0, 3));
        }
    }

    private void cohabitants() {
        var home = home();
        int ageMother = between(22, 50);
        String mother = person(Sex.FEMALE, ageMother, TenorNames.familyName(random), home);
        String father = person(Sex.MALE, Math.max(20, ageMother + between(-3, 5)), TenorNames.familyName(random), home);
        children(ageMother, people.get(mother).build().familyName(), home,
                List.of(new Parent(mother, FamilyRole.MOR), new Parent(father, FamilyRole.FAR)), Responsibility.FELLES, between(1, 3));
    }

    private void singleParent() {
        var home = home();
        boolean mother = random.nextDouble() < 0.8;
        int age = between(22, 55);
        String familyName = TenorNames.familyName(random);
        String parent = person(mother ? Sex.FEMALE : Sex.MALE, age, familyName, home);
        if (random.nextBoolean()) {
            people.get(parent).civilStatus(CivilStatus.SKILT, today.minusYears(between(1, 5)), null);
        }
        children(age, familyName, home, List.of(new Parent(parent, mother ? FamilyRole.MOR : FamilyRole.FAR)),
                mother ? Responsibility.MOR : Responsibility.FAR, between(1, 2));
    }

    private void singleAdult() {
        var home = home();
        String id = person(random.nextBoolean() ? Sex.FEMALE : Sex.MALE, between(18, 85), TenorNames.familyName(random), home);
        var adult = people.get(id);
        if (random.nextDouble() < 0.2) {
            adult.civilStatus(CivilStatus.SKILT, today.minusYears(between(1, 15)), null);
        }
        if (random.nextDouble() < 0.05) {
            adult.status(PersonStatus.DOED).deathDate(today.minusDays(between(1, 1000)));
        }
    }

    /** A survivor and the late spouse: the dead keep "gift" and point at the survivor, as the register does. */
    private void widowed() {
        var home = home();
        String familyName = TenorNames.familyName(random);
        boolean widow = random.nextDouble() < 0.7;
        String survivor = person(widow ? Sex.FEMALE : Sex.MALE, between(60, 90), familyName, home);
        String late = person(widow ? Sex.MALE : Sex.FEMALE, between(62, 95), familyName, home);
        var married = today.minusYears(between(30, 55));
        marry(survivor, late, CivilStatus.GIFT, married);
        var died = today.minusDays(between(1, 5 * 365));
        people.get(late).status(PersonStatus.DOED).deathDate(died);
        people.get(survivor).civilStatus(CivilStatus.ENKE_ELLER_ENKEMANN, died, late);
    }

    /** A worker on a short stay: a D-number, not resident, so the address is where they stay. */
    private void foreignWorker() {
        boolean eea = random.nextDouble() < 0.8;
        String country = pick(eea ? EEA_WORKER_COUNTRIES : OTHER_WORKER_COUNTRIES);
        var sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        var birthDate = birthDateAt(between(20, 55));
        var id = numbers.next(birthDate, sex, true).value();
        var arrived = today.minusDays(between(10, 400));
        var worker = SimulatedPerson.builder().identityNumber(id).givenName(TenorNames.givenName(random))
                .familyName(TenorNames.familyName(random)).sex(sex).birthDate(birthDate)
                .birthCountry(country).citizenship(country).status(PersonStatus.MIDLERTIDIG)
                .address(addresses.random(arrived));
        if (!eea) {
            worker.residencePermit(new ResidencePermit(ResidencePermit.Kind.MIDLERTIDIG, arrived, arrived.plusYears(1)));
        }
        people.put(id, worker);
    }

    /** Moved here some years ago and resident: fødselsnummer, innflytting, and a permit if from outside the EEA. */
    private void immigrantFamily() {
        var home = home();
        String country = pick(REFUGEE_COUNTRIES);
        var arrived = today.minusDays(between(200, 10 * 365));
        int ageMother = between(25, 50);
        String familyName = TenorNames.familyName(random);
        String mother = person(Sex.FEMALE, ageMother, familyName, home);
        String father = person(Sex.MALE, ageMother + between(0, 5), familyName, home);
        marry(mother, father, CivilStatus.GIFT, today.minusYears(between(ageMother - 22, ageMother - 20)));
        List<String> family = new ArrayList<>(List.of(mother, father));
        family.addAll(children(ageMother, familyName, home,
                List.of(new Parent(mother, FamilyRole.MOR), new Parent(father, FamilyRole.FAR)), Responsibility.FELLES, between(1, 3)));
        for (String id : family) {
            var member = people.get(id);
            if (member.build().birthDate().isBefore(arrived)) {
                member.birthCountry(country).birthMunicipality(null).citizenship(country)
                        .immigration(new Immigration(country, arrived))
                        .residencePermit(new ResidencePermit(ResidencePermit.Kind.PERMANENT, arrived, null));
            }
        }
    }

    private List<String> children(int youngestParentAge, String familyName, Home home, List<Parent> parents,
                                  Responsibility responsibility, int count) {
        int oldest = Math.min(youngestParentAge - 20, 24);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < count && oldest >= 0; i++) {
            var sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            String child = person(sex, between(0, oldest), familyName, home);
            people.get(child).birthMunicipality(home.address().municipalityNumber());
            boolean minor = people.get(child).build().ageOn(today) < 18;
            for (Parent parent : parents) {
                people.get(child).relation(FamilyRelation.of(parent.id(), parent.role(), FamilyRole.BARN));
                people.get(parent.id()).relation(FamilyRelation.of(child, FamilyRole.BARN, parent.role()));
                if (minor) {
                    var responsibilityFor = new ParentalResponsibility(responsibility, parent.id(), child);
                    people.get(child).responsibility(responsibilityFor);
                    people.get(parent.id()).responsibility(responsibilityFor);
                }
            }
            children.add(child);
        }
        return children;
    }

    private void marry(String a, String b, CivilStatus status, LocalDate since) {
        people.get(a).civilStatus(status, since, b)
                .relation(FamilyRelation.of(b, FamilyRole.EKTEFELLE_ELLER_PARTNER, FamilyRole.EKTEFELLE_ELLER_PARTNER));
        people.get(b).civilStatus(status, since, a)
                .relation(FamilyRelation.of(a, FamilyRole.EKTEFELLE_ELLER_PARTNER, FamilyRole.EKTEFELLE_ELLER_PARTNER));
    }

    private String person(Sex sex, int age, String familyName, Home home) {
        var birthDate = birthDateAt(age);
        var id = numbers.next(birthDate, sex, false).value();
        people.put(id, SimulatedPerson.builder().identityNumber(id).givenName(TenorNames.givenName(random))
                .familyName(familyName).sex(sex).birthDate(birthDate)
                .birthMunicipality(pick(Municipality.ALL).number())
                .address(home.address()).addressProtection(home.protection()));
        return id;
    }

    /** One address and one protection level for everyone in the household: about 1% fortrolig, 1% strengt fortrolig. */
    private Home home() {
        double p = random.nextDouble();
        var protection = p < 0.01 ? AddressProtection.FORTROLIG : p < 0.02 ? AddressProtection.STRENGT_FORTROLIG : AddressProtection.UGRADERT;
        return new Home(addresses.random(today.minusDays(between(30, 3650))), protection);
    }

    private LocalDate birthDateAt(int age) {
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private record Parent(String id, FamilyRole role) {
    }

    private record Home(Address address, AddressProtection protection) {
    }
}
