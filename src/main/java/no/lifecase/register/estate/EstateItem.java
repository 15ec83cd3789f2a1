package no.lifecase.register.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing in the estate overview, as the heirs see it: a bank with the deceased's accounts, a property right, a
 * vehicle. Only a summary: no account numbers, no transactions, nothing the heirs would not need to settle the estate,
 * but every debt, since the heirs who take on the debts answer for them.
 */
public sealed interface EstateItem permits EstateItem.BankItem, EstateItem.PropertyItem, EstateItem.VehicleItem {

    /** The register the item comes from, as in {@code lifecase.registers.<name>}. */
    String source();

    /**
     * A bank the deceased was a customer of. Both numbers are null for a bank that has no DSOP service yet: the heirs
     * then know to ask the bank themselves.
     *
     * @param totalBalance the sum of the accounts' available balances, an overdraft negative
     * @param balanceDate  the day the balances and debts are at (ISO date, the date of death); null when the bank gave
     *                     today's balances
     * @param debts        the loans and credit card debts this bank holds; none for a bank that was not asked
     */
    record BankItem(String organizationNumber, String bankName, Integer accountCount, BigDecimal totalBalance,
                    String balanceDate, List<Debt> debts) implements EstateItem {

        /** Items stored before the debts were read have none. */
        public BankItem {
            debts = debts == null ? List.of() : List.copyOf(debts);
        }

        static BankItem of(CustomerRelations.Bank bank, BankAccounts accounts) {
            var name = bank.bankName() != null ? bank.bankName() : accounts.bankName();
            var debts = accounts.debts().stream().map(Debt::of).toList();
            var day = accounts.balanceDate() == null ? null : accounts.balanceDate().toString();
            return new BankItem(bank.organizationNumber(), name, accounts.accounts().size(), accounts.totalBalance(), day, debts);
        }

        static BankItem unanswered(CustomerRelations.Bank bank) {
            return new BankItem(bank.organizationNumber(), bank.bankName(), null, null, null, List.of());
        }

        public Optional<LocalDate> balanceDay() {
            return Optional.ofNullable(balanceDate).map(LocalDate::parse);
        }

        public boolean answered() {
            return accountCount != null;
        }

        @Override
        public String source() {
            return DsopClient.REGISTER;
        }
    }

    /**
     * A debt the bank holds: the bank is the creditor.
     *
     * @param type   "loan" or "creditCard"
     * @param amount what is owed, positive
     */
    record Debt(String type, BigDecimal amount) {

        static Debt of(BankAccounts.Debt debt) {
            return new Debt(debt.type(), debt.amount());
        }
    }

    /**
     * @param holdingNumber    gårdsnummer (gnr)
     * @param subholdingNumber bruksnummer (bnr)
     * @param share            the deceased's share, e.g. "1/2"
     * @param encumbrances     what the grunnbok has registered on the property, such as mortgages
     */
    record PropertyItem(String address, String municipalityNumber, String holdingNumber, String subholdingNumber,
                        String leaseNumber, String sectionNumber, String share, String type, boolean agriculture,
                        List<Encumbrance> encumbrances) implements EstateItem {

        /** Items stored before the encumbrances were read have none. */
        public PropertyItem {
            encumbrances = encumbrances == null ? List.of() : List.copyOf(encumbrances);
        }

        static PropertyItem of(KartverketProperties.Property property) {
            return new PropertyItem(property.address(), property.municipalityNumber(), property.holdingNumber(),
                    property.subholdingNumber(), property.leaseNumber(), property.sectionNumber(),
                    property.fractionOwnership(), property.type(), Boolean.TRUE.equals(property.agriculture()),
                    property.encumbrances().stream().map(Encumbrance::of).toList());
        }

        @Override
        public String source() {
            return KartverketClient.REGISTER;
        }
    }

    /**
     * A right registered on a property in the grunnbok (a heftelse), such as a mortgage to a bank.
     *
     * @param amount         the amount registered, in NOK; for a mortgage the most it secures, not what is owed
     * @param registeredDate the day it was registered (tinglyst), ISO date
     */
    record Encumbrance(String type, String holderName, String holderOrganizationNumber, BigDecimal amount,
                       String registeredDate) {

        static Encumbrance of(KartverketProperties.Encumbrance encumbrance) {
            var holder = encumbrance.holder();
            var day = encumbrance.registeredDate() == null ? null : encumbrance.registeredDate().toString();
            return new Encumbrance(encumbrance.documentType(), holder == null ? null : holder.name(),
                    holder == null ? null : holder.organizationNumber(), encumbrance.amount(), day);
        }

        public Optional<LocalDate> registeredDay() {
            return Optional.ofNullable(registeredDate).map(LocalDate::parse);
        }
    }

    /** @param year the year of first registration, if the register gave it */
    record VehicleItem(String registrationNumber, String make, String model, Integer year) implements EstateItem {

        static VehicleItem of(SvvVehicles.Vehicle vehicle) {
            var year = vehicle.registrationDate() == null ? null : vehicle.registrationDate().getYear();
            return new VehicleItem(vehicle.regNr(), vehicle.brand(), vehicle.model(), year);
        }

        @Override
        public String source() {
            return VegvesenClient.REGISTER;
        }
    }

    /** The item type stored under this source. */
    static Class<? extends EstateItem> typeOf(String source) {
        return switch (Objects.requireNonNull(source)) {
            case DsopClient.REGISTER -> BankItem.class;
            case KartverketClient.REGISTER -> PropertyItem.class;
            case VegvesenClient.REGISTER -> VehicleItem.class;
            default -> throw new IllegalArgumentException("No estate items come from " + source);
        };
    }
}
