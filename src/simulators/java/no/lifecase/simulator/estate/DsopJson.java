package no.lifecase.simulator.estate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The simulated banks' answers, shaped as Digitalt dødsbo's bank test data ({@code Bank/CustomerRelations},
 * {@code Bank/BankDetails}) with DSOP's {@code accountDetail}. Its own records, not the client's DTOs: the
 * integration test then proves the client reads what the simulator writes.
 */
final class DsopJson {

    private DsopJson() {
    }

    static CustomerRelations customerRelations(List<SimulatedBanks.Bank> banks) {
        return new CustomerRelations(banks.stream().map(bank -> new Bank(bank.organizationNumber(), bank.name(), true)).toList());
    }

    static BankDetails bankDetails(SimulatedBanks.Bank bank, List<SimulatedBanks.Account> accounts,
                                   List<SimulatedBanks.Debt> debts, String owner, String ownerName, LocalDate day) {
        var endOfDay = day.atTime(23, 59, 59).atOffset(ZoneOffset.UTC);
        var servicerOfDebts = new Servicer(new Identifier("NO", bank.organizationNumber(), "nationalIdentityNumber"), bank.name());
        var owed = debts.stream().map(debt -> new Debt(debt.type(), servicerOfDebts, debt.amount(), "NOK", day)).toList();
        return new BankDetails(bank.name(), true, false, day, owed, accounts.stream().map(account -> {
            var indicator = account.balance().signum() < 0 ? "debit" : "credit";
            var amount = account.balance().abs();
            var balances = List.of(new Balance(amount, indicator, endOfDay, "bookedBalance", "NOK"),
                    new Balance(amount, indicator, endOfDay, "availableBalance", "NOK"));
            var servicer = new Servicer(new Identifier("NO", bank.organizationNumber(), "nationalIdentityNumber"), bank.name());
            var detail = new AccountDetail("enabled", servicer, account.accountNumber(), account.type(), "NOK", ownerName,
                    balances, new Owner("rightToUseAlone", new Identifier(null, owner, "nationalIdentityNumber"), ownerName));
            return new Account(account.accountNumber(), detail, account.balance(), account.balance());
        }).toList());
    }

    record CustomerRelations(List<Bank> banks) {
    }

    record Bank(String organizationNumber, String bankName, @JsonProperty("isImplemented") boolean implemented) {
    }

    /** @param balanceDate the day the balances and debts are at (ours, UNVERIFIED: DSOP's field for it is not known) */
    record BankDetails(String bankName, @JsonProperty("isImplemented") boolean implemented, boolean hasErrors,
                       LocalDate balanceDate, List<Debt> debts, List<Account> accounts) {
    }

    /** A loan or credit card debt (ours, UNVERIFIED: modelled on accountDetail's servicer and amount). */
    record Debt(String type, Servicer creditor, BigDecimal amount, String currency, LocalDate balanceDate) {
    }

    record Account(String accountNumber, AccountDetail accountDetail, BigDecimal accountAvailableBalance,
                   BigDecimal accountBookedBalance) {
    }

    record AccountDetail(String status, Servicer servicer, String accountIdentifier, String type, String currency,
                         String name, List<Balance> balances, Owner primaryOwner) {
    }

    record Servicer(Identifier identifier, String name) {
    }

    record Identifier(String countryOfResidence, String value, String type) {
    }

    record Balance(BigDecimal amount, String creditDebitIndicator, OffsetDateTime registered, String type, String currency) {
    }

    record Owner(String permission, Identifier identifier, String name) {
    }
}
