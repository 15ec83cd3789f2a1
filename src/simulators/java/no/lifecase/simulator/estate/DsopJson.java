package no.lifecase.simulator.estate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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

    static BankDetails bankDetails(SimulatedBanks.Bank bank, List<SimulatedBanks.Account> accounts, String owner,
                                   String ownerName, OffsetDateTime now) {
        return new BankDetails(bank.name(), true, false, accounts.stream().map(account -> {
            var indicator = account.balance().signum() < 0 ? "debit" : "credit";
            var amount = account.balance().abs();
            var balances = List.of(new Balance(amount, indicator, now, "bookedBalance", "NOK"),
                    new Balance(amount, indicator, now, "availableBalance", "NOK"));
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

    record BankDetails(String bankName, @JsonProperty("isImplemented") boolean implemented, boolean hasErrors,
                       List<Account> accounts) {
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
