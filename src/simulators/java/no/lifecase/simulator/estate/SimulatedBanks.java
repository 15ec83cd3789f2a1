package no.lifecase.simulator.estate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.simulator.population.Population;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The banks' side of DSOP "Oppgjør etter dødsfall": 0 to 3 accounts per person at real Norwegian banks, each bank
 * with a synthetic (Tenor-style) organisation number, since the real numbers belong to the real banks. Follows from
 * the person's number alone, so any valid fødselsnummer has accounts, the dead of the population too.
 */
@Component
@Profile("simulators")
public class SimulatedBanks {

    private static final long SEED = 20_260_601L;
    private static final List<String> NAMES = List.of("DNB Bank ASA", "SpareBank 1 Østlandet", "SpareBank 1 SMN",
            "Nordea Bank Abp, filial i Norge", "Handelsbanken", "Sparebanken Vest", "Storebrand Bank ASA");
    static final List<Bank> BANKS = IntStream.range(0, NAMES.size())
            .mapToObj(i -> new Bank(syntheticOrganisationNumber(31_550_000 + 100 * i), NAMES.get(i)))
            .toList();
    /** Account types as DSOP's test data has them; "creditCardAccount" is our name for a card debt (UNVERIFIED). */
    private static final String[] TYPES = {"salaryAccount", "savingsAccount", "creditCardAccount"};

    private final Population population;

    SimulatedBanks(Population population) {
        this.population = population;
    }

    public record Bank(String organizationNumber, String name) {
    }

    /** @param balance the available balance, a debt negative */
    public record Account(Bank bank, String accountNumber, String type, BigDecimal balance) {
    }

    /** All the person's accounts, at every bank. */
    public List<Account> accountsOf(Fodselsnummer person) {
        var random = EstateRandom.of(SEED, person.value());
        int count = EstateRandom.weighted(random, 10, 35, 35, 20);
        var accounts = new ArrayList<Account>();
        for (int i = 0; i < count; i++) {
            var bank = BANKS.get(random.nextInt(BANKS.size()));
            var type = TYPES[EstateRandom.weighted(random, 50, 40, 10)];
            accounts.add(new Account(bank, accountNumber(random), type, balance(type, random)));
        }
        return List.copyOf(accounts);
    }

    /** The banks the person is a customer of, each once. */
    public List<Bank> banksOf(Fodselsnummer person) {
        return accountsOf(person).stream().map(Account::bank).distinct().toList();
    }

    /** The person's accounts at this bank. */
    public List<Account> accountsAt(Fodselsnummer person, String organizationNumber) {
        return accountsOf(person).stream().filter(account -> account.bank().organizationNumber().equals(organizationNumber)).toList();
    }

    /** The name the banks give the account: the owner's, with "Dødsbo" once the owner has died. */
    String accountName(Fodselsnummer person) {
        return population.find(person.value())
                .map(p -> p.isAlive() ? p.fullName() : p.fullName() + " Dødsbo")
                .orElse(null);
    }

    private static BigDecimal balance(String type, SplittableRandom random) {
        var kroner = switch (type) {
            case "savingsAccount" -> random.nextInt(0, 600_000);
            case "creditCardAccount" -> -random.nextInt(0, 40_000);
            default -> random.nextInt(-15_000, 90_000);
        };
        int ore = random.nextInt(100);
        return BigDecimal.valueOf(kroner * 100L + (kroner < 0 ? -ore : ore), 2);
    }

    /** Eleven digits with a valid MOD11 check digit, as Norwegian account numbers have. */
    private static String accountNumber(SplittableRandom random) {
        int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            var digits = "%04d%06d".formatted(random.nextInt(1200, 9999), random.nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits + check;
            }
        }
    }

    private static String syntheticOrganisationNumber(int firstEightDigits) {
        return IntStream.iterate(firstEightDigits, n -> n + 1)
                .mapToObj(Organisasjonsnummer::generate)
                .flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow().value();
    }
}
