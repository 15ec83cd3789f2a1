package no.lifecase.register.estate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Step 2 of DSOP "Oppgjør etter dødsfall": the deceased's accounts at one bank, shaped as one bank of Digitalt
 * dødsbo's test data ({@code Bank/BankDetails/*.json}: {@code bankAccounts[]{bankName, accounts[]}}), whose accounts
 * carry DSOP Kontrollinformasjon's {@code accountDetail} with its {@code balances[]}; with the day the balances are at
 * ({@code balanceDate}, the date of death we asked for) and the debts the bank holds (both UNVERIFIED field names).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BankAccounts(String bankName, @JsonProperty("isImplemented") Boolean implemented, Boolean hasErrors,
                           LocalDate balanceDate, List<Debt> debts, List<Account> accounts) {

    public BankAccounts {
        debts = debts == null ? List.of() : List.copyOf(debts);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public static BankAccounts none(String bankName) {
        return new BankAccounts(bankName, true, false, null, List.of(), List.of());
    }

    /**
     * A loan or a credit card debt the bank holds against the deceased. The shape is ours (UNVERIFIED against DSOP's
     * documentation, which the mirror describes only as "debts"): a type, the creditor as accountDetail's servicer,
     * and the amount owed.
     *
     * @param type "loan" or "creditCard"
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Debt(String type, Creditor creditor, BigDecimal amount, String currency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Creditor(Identifier identifier, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Identifier(String value) {
    }

    /** What the deceased had in this bank, debts counted negative. */
    public BigDecimal totalBalance() {
        return accounts.stream().map(Account::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param accountAvailableBalance Digitalt dødsbo's signed sum of the available balance; read before
     *                                {@code accountDetail.balances}, which the banks send
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(String accountNumber, AccountDetail accountDetail, BigDecimal accountAvailableBalance,
                          BigDecimal accountBookedBalance) {

        /** The available balance, a debt (creditDebitIndicator "debit") negative; zero if the bank sent none. */
        public BigDecimal balance() {
            if (accountAvailableBalance != null) {
                return accountAvailableBalance;
            }
            if (accountDetail == null) {
                return BigDecimal.ZERO;
            }
            return accountDetail.balances().stream()
                    .filter(balance -> "availableBalance".equals(balance.type()))
                    .map(Balance::signedAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccountDetail(String status, String type, String currency, List<Balance> balances) {

        public AccountDetail {
            balances = balances == null ? List.of() : List.copyOf(balances);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Balance(BigDecimal amount, String creditDebitIndicator, String type, String currency) {

        BigDecimal signedAmount() {
            var value = amount == null ? BigDecimal.ZERO : amount;
            return "debit".equals(creditDebitIndicator) ? value.negate() : value;
        }
    }
}
