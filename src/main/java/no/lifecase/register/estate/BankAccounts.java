package no.lifecase.register.estate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Step 2 of DSOP "Oppgjør etter dødsfall": the deceased's accounts at one bank, shaped as one bank of Digitalt
 * dødsbo's test data ({@code Bank/BankDetails/*.json}: {@code bankAccounts[]{bankName, accounts[]}}), whose accounts
 * carry DSOP Kontrollinformasjon's {@code accountDetail} with its {@code balances[]}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BankAccounts(String bankName, @JsonProperty("isImplemented") Boolean implemented, Boolean hasErrors,
                           List<Account> accounts) {

    public BankAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public static BankAccounts none(String bankName) {
        return new BankAccounts(bankName, true, false, List.of());
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
