package no.lifecase.simulator.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.simulator.population.Population;
import org.springframework.context.annotation.Profile;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The banks' side of DSOP "Oppgjør etter dødsfall": 0 to 3 products per person at real Norwegian banks (accounts, or a
 * credit card), and 0 to 2 loans at the banks the person uses, each bank with a synthetic (Tenor-style) organisation
 * number, since the real numbers belong to the real banks. Follows from the person's number alone, so any valid
 * fødselsnummer has an estate, the dead of the population too; the balance on a given date follows from that date too.
 */
@Component
@Profile("simulators")
public class SimulatedBanks {

    private static final long SEED = 20_260_601L;
    private static final long LOAN_SEED = 20_261_207L;
    private static final List<String> NAMES = List.of("DNB Bank ASA", "SpareBank 1 Østlandet", "SpareBank 1 SMN",
            "Nordea Bank Abp, filial i Norge", "Handelsbanken", "Sparebanken Vest", "Storebrand Bank ASA");
    static final List<Bank> BANKS = IntStream.range(0, NAMES.size())
            .mapToObj(i -> new Bank(syntheticOrganisationNumber(31_550_000 + 100 * i), NAMES.get(i)))
            .toList();
    /** Account types as DSOP's test data has them; "creditCardAccount" is our name for a card (UNVERIFIED). */
    private static final String[] TYPES = {"salaryAccount", "savingsAccount", "creditCardAccount"};
    private static final String CREDIT_CARD = "creditCardAccount";

    private final Population population;

    SimulatedBanks(Population population) {
        this.population = population;
    }

    public record Bank(String organizationNumber, String name) {
    }

    /** @param balance the balance on the day asked for (or, with no day, the account's usual balance), an overdraft negative */
    public record Account(Bank bank, String accountNumber, String type, BigDecimal balance) {
    }

    /**
     * A debt the bank holds against the person.
     *
     * @param type   {@link #LOAN} or {@link #CREDIT_CARD_DEBT}
     * @param amount what is owed on the day asked for, positive
     */
    public record Debt(Bank creditor, String type, BigDecimal amount) {
        public static final String LOAN = "loan";
        public static final String CREDIT_CARD_DEBT = "creditCard";
    }

    /** The person's deposit accounts, at every bank, with their usual balances. */
    public List<Account> accountsOf(Fodselsnummer person) {
        return accountsOf(person, null);
    }

    /** The person's deposit accounts, at every bank, with the balance at the end of this day. */
    public List<Account> accountsOf(Fodselsnummer person, @Nullable LocalDate day) {
        return products(person, day).stream().filter(account -> !CREDIT_CARD.equals(account.type())).toList();
    }

    /** The person's debts, at every bank: the credit cards' balances and the loans, as owed at the end of this day. */
    public List<Debt> debtsOf(Fodselsnummer person, @Nullable LocalDate day) {
        var cards = products(person, day).stream().filter(account -> CREDIT_CARD.equals(account.type()))
                .filter(card -> card.balance().signum() < 0)
                .map(card -> new Debt(card.bank(), Debt.CREDIT_CARD_DEBT, card.balance().negate()));
        return Stream.concat(cards, loans(person, day).stream()).toList();
    }

    /** The banks the person is a customer of, each once. */
    public List<Bank> banksOf(Fodselsnummer person) {
        return products(person, null).stream().map(Account::bank).distinct().toList();
    }

    /** The person's deposit accounts at this bank. */
    public List<Account> accountsAt(Fodselsnummer person, String organizationNumber, @Nullable LocalDate day) {
        return accountsOf(person, day).stream().filter(account -> account.bank().organizationNumber().equals(organizationNumber)).toList();
    }

    /** The person's debts to this bank. */
    public List<Debt> debtsAt(Fodselsnummer person, String organizationNumber, @Nullable LocalDate day) {
        return debtsOf(person, day).stream().filter(debt -> debt.creditor().organizationNumber().equals(organizationNumber)).toList();
    }

    /** The name the banks give the account: the owner's, with "Dødsbo" once the owner has died. */
    String accountName(Fodselsnummer person) {
        return population.find(person.value())
                .map(p -> p.isAlive() ? p.fullName() : p.fullName() + " Dødsbo")
                .orElse(null);
    }

    /** Accounts and cards: which and where from the person alone, the balance from the person and the day. */
    private static List<Account> products(Fodselsnummer person, @Nullable LocalDate day) {
        var random = EstateRandom.of(SEED, person.value());
        int count = EstateRandom.weighted(random, 10, 35, 35, 20);
        var accounts = new ArrayList<Account>();
        for (int i = 0; i < count; i++) {
            var bank = BANKS.get(random.nextInt(BANKS.size()));
            var type = TYPES[EstateRandom.weighted(random, 50, 40, 10)];
            var usual = balance(type, random);
            var number = accountNumber(random);
            accounts.add(new Account(bank, number, type, day == null ? usual : onDay(usual, number, day)));
        }
        return List.copyOf(accounts);
    }

    /** A mortgage or a consumer loan, only at a bank the person already uses, so the banks asked stay the same. */
    private static List<Debt> loans(Fodselsnummer person, @Nullable LocalDate day) {
        var banks = products(person, null).stream().map(Account::bank).distinct().toList();
        if (banks.isEmpty()) {
            return List.of();
        }
        var random = EstateRandom.of(LOAN_SEED, person.value());
        int count = EstateRandom.weighted(random, 50, 35, 15);
        var loans = new ArrayList<Debt>();
        for (int i = 0; i < count; i++) {
            var bank = banks.get(random.nextInt(banks.size()));
            var kroner = i == 0 ? random.nextInt(300_000, 3_500_000) : random.nextInt(10_000, 250_000);
            var usual = BigDecimal.valueOf(kroner * 100L + random.nextInt(100), 2);
            loans.add(new Debt(bank, Debt.LOAN, day == null ? usual : onDay(usual, bank.organizationNumber() + i, day)));
        }
        return List.copyOf(loans);
    }

    /** The usual amount moved by up to 2 % either way, the same for the same account and day on every start. */
    private static BigDecimal onDay(BigDecimal usual, String account, LocalDate day) {
        var random = new SplittableRandom(day.toEpochDay() * 1_000_003L + account.hashCode());
        var permille = random.nextInt(-20, 21);
        return usual.add(usual.abs().multiply(BigDecimal.valueOf(permille, 3))).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private static BigDecimal balance(String type, SplittableRandom random) {
        var kroner = switch (type) {
            case "savingsAccount" -> random.nextInt(0, 600_000);
            case CREDIT_CARD -> -random.nextInt(0, 40_000);
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
