package no.lifecase.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.simulator.population.Municipality;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.junit.jupiter.api.Test;

/** The simulated banks, property rights and vehicles over a whole synthetic population. */
class SimulatedEstateSourcesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Population POPULATION = Population.generate(20_260_101L, 2000, CLOCK);
    /** Valid, and not in the population. */
    private static final Fodselsnummer STRANGER = Fodselsnummer.parse("13857548595");

    private final SimulatedBanks banks = new SimulatedBanks(POPULATION);
    private final SimulatedProperties properties = new SimulatedProperties(POPULATION);
    private final SimulatedVehicles vehicles = new SimulatedVehicles(POPULATION);

    @Test
    void the_banks_have_real_names_and_valid_synthetic_organisation_numbers() {
        assertThat(SimulatedBanks.BANKS).extracting(SimulatedBanks.Bank::name)
                .contains("DNB Bank ASA", "Nordea Bank Abp, filial i Norge", "Handelsbanken", "SpareBank 1 SMN");
        assertThat(SimulatedBanks.BANKS).extracting(SimulatedBanks.Bank::organizationNumber)
                .doesNotHaveDuplicates()
                .allSatisfy(number -> {
                    assertThat(Organisasjonsnummer.isValid(number)).isTrue();
                    assertThat(number).startsWith("3");   // Tenor-style: never a real bank's number
                });
    }

    @Test
    void everyone_has_zero_to_three_accounts_or_cards_with_valid_account_numbers_and_all_counts_occur() {
        var counts = new int[4];
        for (var person : everyone()) {
            var accounts = banks.accountsOf(person);
            var cards = banks.debtsOf(person, null).stream()
                    .filter(debt -> debt.type().equals(SimulatedBanks.Debt.CREDIT_CARD_DEBT)).toList();
            assertThat(accounts.size() + cards.size()).isBetween(0, 3);
            counts[accounts.size() + cards.size()]++;
            accounts.forEach(account -> assertThat(validAccountNumber(account.accountNumber())).isTrue());
            for (var bank : banks.banksOf(person)) {
                var atTheBank = banks.accountsAt(person, bank.organizationNumber(), null).size()
                        + banks.debtsAt(person, bank.organizationNumber(), null).size();
                assertThat(atTheBank).as("what %s holds", bank.name()).isPositive();
            }
        }
        assertThat(counts).doesNotContain(0);
        assertThat(banks.accountsOf(STRANGER).size()).isBetween(0, 3);
    }

    @Test
    void the_balances_and_debts_on_a_day_follow_from_the_day_and_loans_are_only_at_the_persons_banks() {
        var day = LocalDate.of(2026, 2, 10);
        var people = everyone().subList(0, 300);
        for (var person : people) {
            assertThat(banks.accountsOf(person, day)).isEqualTo(new SimulatedBanks(POPULATION).accountsOf(person, day));
            assertThat(banks.accountsOf(person, day)).extracting(SimulatedBanks.Account::accountNumber)
                    .containsExactlyElementsOf(banks.accountsOf(person).stream().map(SimulatedBanks.Account::accountNumber).toList());
            assertThat(banks.debtsOf(person, day)).allSatisfy(debt -> {
                assertThat(debt.amount()).isPositive();
                assertThat(banks.banksOf(person)).contains(debt.creditor());
            });
        }
        assertThat(people).anySatisfy(person -> assertThat(banks.accountsOf(person, day)).isNotEqualTo(banks.accountsOf(person, day.plusDays(1))));
        assertThat(people).anySatisfy(person -> assertThat(banks.debtsOf(person, day))
                .anySatisfy(debt -> assertThat(debt.type()).isEqualTo(SimulatedBanks.Debt.LOAN)));
        assertThat(people).anySatisfy(person -> assertThat(banks.debtsOf(person, day))
                .anySatisfy(debt -> assertThat(debt.type()).isEqualTo(SimulatedBanks.Debt.CREDIT_CARD_DEBT)));
    }

    @Test
    void the_same_person_gets_the_same_estate_on_every_start() {
        var again = Population.generate(20_260_101L, 2000, CLOCK);
        for (var person : everyone().subList(0, 200)) {
            assertThat(new SimulatedBanks(again).accountsOf(person)).isEqualTo(banks.accountsOf(person));
            assertThat(new SimulatedProperties(again).of(person)).isEqualTo(properties.of(person));
            assertThat(new SimulatedVehicles(again).of(person)).isEqualTo(vehicles.of(person));
        }
    }

    @Test
    void property_lies_in_the_persons_municipality_and_is_shared_with_a_spouse() {
        var withProperty = 0;
        for (var person : POPULATION.all()) {
            var rights = properties.of(person.fodselsnummer());
            assertThat(rights.size()).isBetween(0, 2);
            withProperty += rights.isEmpty() ? 0 : 1;
            var home = person.municipalityNumber().filter(number -> !person.hasProtectedAddress() && known(number));
            home.ifPresent(number -> assertThat(rights).allSatisfy(right -> assertThat(right.municipalityNumber()).isEqualTo(number)));
            var share = person.civilStatus().hasSpouse() ? "1/2" : "1/1";
            assertThat(rights).allSatisfy(right -> {
                assertThat(right.fractionOwnership()).isEqualTo(share);
                assertThat(right.type()).isIn("Eiendomsrett", "Leierett");
                assertThat(Integer.parseInt(right.holdingNumber())).isPositive();
                assertThat(Integer.parseInt(right.subholdingNumber())).isPositive();
            });
        }
        assertThat(withProperty).isGreaterThan(POPULATION.size() / 2);
        assertThat(properties.of(STRANGER)).allSatisfy(right -> assertThat(known(right.municipalityNumber())).isTrue());
    }

    @Test
    void a_property_has_none_one_or_two_mortgages_to_known_banks_and_all_counts_occur() {
        var counts = new int[3];
        for (var person : everyone()) {
            for (var property : properties.of(person)) {
                var encumbrances = property.encumbrances();
                counts[encumbrances.size()]++;
                assertThat(encumbrances).allSatisfy(encumbrance -> {
                    assertThat(encumbrance.documentType()).isEqualTo("Pantedokument");
                    assertThat(SimulatedBanks.BANKS).contains(new SimulatedBanks.Bank(encumbrance.holder().organizationNumber(),
                            encumbrance.holder().name()));
                    assertThat(encumbrance.amount()).isBetween(new BigDecimal("300000"), new BigDecimal("4750000"));
                    assertThat(encumbrance.currency()).isEqualTo("NOK");
                    assertThat(encumbrance.registeredDate()).isBetween(LocalDate.of(1995, 1, 1), LocalDate.of(2025, 1, 1));
                });
                assertThat(encumbrances).extracting(SimulatedProperties.Encumbrance::registeredDate).isSorted();
            }
        }
        assertThat(counts).doesNotContain(0);
    }

    @Test
    void a_protected_address_never_shows_through_the_property() {
        var isProtected = POPULATION.all().stream().filter(SimulatedPerson::hasProtectedAddress).filter(p -> p.address() != null).toList();
        for (var person : isProtected) {
            var home = person.address().streetName() + " " + person.address().houseNumber();
            assertThat(properties.of(person.fodselsnummer())).extracting(SimulatedProperties.Property::address).doesNotContain(home);
        }
    }

    @Test
    void everyone_has_zero_to_two_cars_with_norwegian_plates_and_the_owners_name() {
        for (var person : POPULATION.all()) {
            var cars = vehicles.of(person.fodselsnummer());
            assertThat(cars.size()).isBetween(0, 2);
            assertThat(cars).allSatisfy(car -> {
                assertThat(car.regNr()).matches("[A-Z]{2}\\d{5}");
                assertThat(car.owner()).isEqualTo(person.fullName().toUpperCase(java.util.Locale.ROOT));
                assertThat(car.registrationDate().getYear()).isBetween(2004, 2025);
            });
        }
        assertThat(vehicles.of(STRANGER)).allSatisfy(car -> assertThat(car.owner()).isNull());
    }

    @Test
    void the_dead_of_the_population_have_an_estate_too() {
        var dead = POPULATION.all().stream().filter(person -> !person.isAlive()).map(SimulatedPerson::fodselsnummer).toList();

        assertThat(dead).isNotEmpty();
        assertThat(dead.stream().mapToInt(person -> banks.accountsOf(person).size() + properties.of(person).size()
                + vehicles.of(person).size()).sum()).isPositive();
        assertThat(dead).allSatisfy(person -> assertThat(banks.accountName(person)).endsWith(" Dødsbo"));
    }

    private static List<Fodselsnummer> everyone() {
        return POPULATION.all().stream().map(SimulatedPerson::fodselsnummer).toList();
    }

    private static boolean known(String municipalityNumber) {
        return Municipality.ALL.stream().anyMatch(m -> m.number().equals(municipalityNumber));
    }

    private static boolean validAccountNumber(String number) {
        int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return number.matches("\\d{11}") && (11 - sum % 11) % 11 == number.charAt(10) - '0';
    }
}
