package no.lifecase.simulator.enhetsregisteret;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.simulator.enhetsregisteret.SimulatedUnit.Industry;
import no.lifecase.simulator.enhetsregisteret.SimulatedUnit.Role;
import no.lifecase.simulator.enhetsregisteret.SimulatedUnit.VoluntaryRegistration;
import no.lifecase.simulator.population.SimulatedPerson;

/**
 * Makes plausible units around a founder from the population: name, industry, roles, employees, registrations.
 * Every choice comes from the random it is given, so a seed gives the same organisations. Not thread-safe: the
 * register that owns it calls it under its lock.
 */
final class OrganisationGenerator {

    /** Trades a founder may start, with the word that goes into the name (SN2007 codes). */
    private static final List<Trade> BUSINESS_TRADES = List.of(
            new Trade(new Industry("43.320", "Snekkerarbeid"), "SNEKKERI"),
            new Trade(new Industry("43.221", "Rørleggerarbeid"), "RØR"),
            new Trade(new Industry("56.101", "Drift av restauranter og kafeer"), "KAFÉ"),
            new Trade(new Industry("62.010", "Programmeringstjenester"), "DATA"),
            new Trade(new Industry("47.110", "Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler"), "HANDEL"),
            new Trade(new Industry("49.320", "Drosjebiltransport"), "TAXI"),
            new Trade(new Industry("69.201", "Regnskap og bokføring"), "REGNSKAP"),
            new Trade(new Industry("81.210", "Rengjøring av bygninger"), "RENHOLD"));

    private static final Industry SPORTS = new Industry("93.120", "Drift av idrettsklubber");
    private static final Industry MUSIC = new Industry("90.011", "Utøvende kunstnere og kunstnerisk virksomhet innen musikk");
    private static final List<Trade> VOLUNTARY_TRADES = List.of(
            new Trade(SPORTS, "IDRETTSLAG"), new Trade(SPORTS, "SKIKLUBB"), new Trade(SPORTS, "FOTBALLKLUBB"),
            new Trade(MUSIC, "KAMMERKOR"), new Trade(MUSIC, "SKOLEKORPS"));

    private static final int[] ACCOUNT_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final SplittableRandom random;
    private final Set<String> usedNumbers = new HashSet<>();
    private final Set<String> usedNames = new HashSet<>();

    OrganisationGenerator(SplittableRandom random) {
        this.random = random;
    }

    /**
     * A unit founded by {@code founder}. Null arguments are chosen here.
     *
     * @param boardCandidates adults to draw the other board members from, when {@code boardMembers} is null
     */
    SimulatedUnit found(OrganisationForm form, SimulatedPerson founder, String name, Integer employees, Boolean vatRegistered,
                        Boolean voluntaryRegister, List<String> boardMembers, List<SimulatedPerson> boardCandidates,
                        LocalDate registered) {
        var trade = pick(form == OrganisationForm.FLI ? VOLUNTARY_TRADES : BUSINESS_TRADES);
        var unitName = name == null || name.isBlank() ? uniqueName(form, founder, trade) : name.strip().toUpperCase(Locale.ROOT);
        usedNames.add(unitName);
        var founded = form == OrganisationForm.ENK ? registered : registered.minusDays(random.nextInt(3, 30));
        var others = boardMembers != null ? boardMembers : others(form, founder, boardCandidates);
        int staff = employees != null ? employees : employees(form);
        boolean vat = vatRegistered != null ? vatRegistered : random.nextInt(100) < vatShare(form);
        boolean inForetaksregisteret = form == OrganisationForm.AS || form == OrganisationForm.ENK && random.nextInt(100) < 30;
        boolean volunteer = form == OrganisationForm.FLI && (voluntaryRegister != null ? voluntaryRegister : random.nextInt(100) < 70);
        return new SimulatedUnit(newOrganisationNumber(), unitName, form, trade.industry(), founder.address(), founded,
                registered, staff, vat, inForetaksregisteret, roles(form, founder.identityNumber(), others),
                volunteer ? voluntaryRegistration(trade.industry(), registered) : null);
    }

    /** A registration date for an organisation the founder started some time ago, at 18 or older. */
    LocalDate pastRegistration(SimulatedPerson founder, LocalDate today) {
        var earliest = founder.birthDate().plusYears(18);
        var from = earliest.isAfter(today.minusYears(15)) ? earliest : today.minusYears(15);
        var to = today.minusDays(30);
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? to : from.plusDays(random.nextLong(days));
    }

    /** Synthetic organisation numbers start with 2 or 3 (docs/domain.md#synthetic-test-numbers). */
    String newOrganisationNumber() {
        while (true) {
            int firstEight = (2 + random.nextInt(2)) * 10_000_000 + random.nextInt(10_000_000);
            var number = Organisasjonsnummer.generate(firstEight);
            if (number.isPresent() && usedNumbers.add(number.get().value())) {
                return number.get().value();
            }
        }
    }

    private String uniqueName(OrganisationForm form, SimulatedPerson founder, Trade trade) {
        var family = founder.familyName().toUpperCase(Locale.ROOT);
        var place = founder.address() == null ? "NORGE" : founder.address().postalPlace().toUpperCase(Locale.ROOT);
        // An ENK's name must carry the owner's surname (foretaksnavneloven).
        var name = switch (form) {
            case ENK -> family + " " + trade.word();
            case AS -> family + " " + trade.word() + " AS";
            case FLI -> place + " " + trade.word();
        };
        if (usedNames.contains(name)) {
            name = founder.givenName().toUpperCase(Locale.ROOT) + " " + name;
        }
        return name;
    }

    private List<String> others(OrganisationForm form, SimulatedPerson founder, List<SimulatedPerson> candidates) {
        int wanted = switch (form) {
            case ENK -> 0;
            case AS -> random.nextInt(1, 3);
            case FLI -> random.nextInt(2, 5);
        };
        var pool = new ArrayList<>(candidates.stream()
                .filter(person -> !person.identityNumber().equals(founder.identityNumber()))
                .map(SimulatedPerson::identityNumber)
                .toList());
        var chosen = new ArrayList<String>();
        while (chosen.size() < wanted && !pool.isEmpty()) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static List<Role> roles(OrganisationForm form, String founder, List<String> others) {
        var roles = new ArrayList<Role>();
        switch (form) {
            case ENK -> roles.add(new Role("INNH", founder));
            case AS -> {
                roles.add(new Role("DAGL", founder));
                roles.add(new Role("LEDE", founder));
                others.forEach(member -> roles.add(new Role("MEDL", member)));
            }
            case FLI -> {
                roles.add(new Role("LEDE", founder));
                for (int i = 0; i < others.size(); i++) {
                    // A larger board elects a deputy leader among its members.
                    roles.add(new Role(i == 0 && others.size() > 2 ? "NEST" : "MEDL", others.get(i)));
                }
            }
        }
        return roles;
    }

    private int employees(OrganisationForm form) {
        return switch (form) {
            case ENK -> random.nextInt(100) < 80 ? 0 : random.nextInt(1, 5);
            case AS -> random.nextInt(100) < 15 ? 0 : 1 + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 40);
            case FLI -> random.nextInt(100) < 90 ? 0 : random.nextInt(1, 4);
        };
    }

    private static int vatShare(OrganisationForm form) {
        return switch (form) {
            case ENK -> 60;
            case AS -> 85;
            case FLI -> 10;
        };
    }

    private VoluntaryRegistration voluntaryRegistration(Industry industry, LocalDate registered) {
        boolean sports = industry.equals(SPORTS);
        return new VoluntaryRegistration(registered.plusDays(random.nextInt(0, 30)), accountNumber(),
                sports ? "1.200" : "1.100", sports ? "Idrett" : "Kunst og kultur", random.nextInt(100) < 80);
    }

    /** A Norwegian account number with a valid mod-11 check digit. */
    private String accountNumber() {
        while (true) {
            var digits = new int[11];
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                digits[i] = i == 0 ? 1 : random.nextInt(10);
                sum += digits[i] * ACCOUNT_WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                digits[10] = check;
                var number = new StringBuilder();
                for (int digit : digits) {
                    number.append(digit);
                }
                return number.toString();
            }
        }
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private record Trade(Industry industry, String word) {
    }
}
