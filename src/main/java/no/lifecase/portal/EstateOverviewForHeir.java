package no.lifecase.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.lifecase.register.estate.EstateItem;
import no.lifecase.register.estate.GatheredEstateItem;
import org.springframework.lang.Nullable;

/**
 * The deceased's estate as the registers hold it, shown to an heir entitled to it: every figure with the register it
 * came from and when it was read (docs/adr/0063).
 */
@Schema(description = "The deceased's bank accounts, debts, property rights with what is registered on them, and vehicles as the registers hold them, each with its source and the time it was read")
public record EstateOverviewForHeir(
        @Schema(example = "LE-2026-000123") String reference,
        List<Bank> banks,
        List<Debt> debts,
        List<Property> properties,
        List<Vehicle> vehicles) {

    /**
     * @param totalBalance the sum of the accounts' balances, an overdraft negative; null when the bank has no DSOP
     *                     service yet and the heirs must ask it themselves
     * @param balanceDate  the day the balance is at: the date of death (docs/adr/0064); null when the bank gave the
     *                     balance when read
     */
    @Schema(description = "A bank the deceased was a customer of")
    public record Bank(@Schema(example = "910000000") String organizationNumber, @Nullable String bankName,
                       @Nullable Integer accountCount, @Nullable @Schema(description = "NOK, an overdraft negative") BigDecimal totalBalance,
                       @Nullable @Schema(description = "The day the balance is at: the date of death", example = "2026-02-10") LocalDate balanceDate,
                       @Schema(example = "dsop") String source, Instant readAt) {

        public boolean answered() {
            return accountCount != null;
        }
    }

    /**
     * A loan or credit card debt the deceased owed a bank (docs/adr/0064).
     *
     * @param balanceDate the day the amount is at: the date of death; null when the bank gave it when read
     */
    @Schema(description = "A debt of the deceased to a bank")
    public record Debt(@Schema(example = "910000000") String creditorOrganizationNumber, @Nullable String creditorName,
                       @Schema(description = "loan or creditCard", example = "loan") String type,
                       @Schema(description = "NOK owed") BigDecimal amount,
                       @Nullable @Schema(example = "2026-02-10") LocalDate balanceDate,
                       @Schema(example = "dsop") String source, Instant readAt) {
    }

    @Schema(description = "A property right of the deceased in Kartverket's land register")
    public record Property(@Nullable String address, @Nullable String municipalityNumber, @Nullable String holdingNumber,
                           @Nullable String subholdingNumber, @Nullable @Schema(example = "1/2") String share,
                           @Schema(description = "What the land register has registered on the property, such as mortgages")
                           List<Encumbrance> encumbrances,
                           @Schema(example = "kartverket") String source, Instant readAt) {
    }

    /**
     * A right registered on a property in the grunnbok (a heftelse), such as a mortgage to a bank (docs/adr/0064). The
     * amount is what was registered: for a mortgage the most it secures; what is owed is the bank's debt.
     */
    @Schema(description = "An encumbrance registered on a property in Kartverket's land register, such as a mortgage")
    public record Encumbrance(@Nullable @Schema(example = "Pantedokument") String type, @Nullable @Schema(example = "DNB Bank ASA") String holderName,
                              @Nullable @Schema(example = "910000000") String holderOrganizationNumber,
                              @Nullable @Schema(description = "NOK registered; for a mortgage the most it secures") BigDecimal amount,
                              @Nullable @Schema(description = "The day it was registered (tinglyst)", example = "2019-05-03") LocalDate registeredDate,
                              @Schema(example = "kartverket") String source, Instant readAt) {
    }

    @Schema(description = "A vehicle registered to the deceased at Statens vegvesen")
    public record Vehicle(@Schema(example = "EL12345") String registrationNumber, @Nullable String make, @Nullable String model,
                          @Nullable Integer year, @Schema(example = "vegvesen") String source, Instant readAt) {
    }

    static EstateOverviewForHeir of(String reference, List<GatheredEstateItem> gathered) {
        var banks = gathered.stream()
                .filter(read -> read.item() instanceof EstateItem.BankItem)
                .map(read -> {
                    var bank = (EstateItem.BankItem) read.item();
                    return new Bank(bank.organizationNumber(), bank.bankName(), bank.accountCount(), bank.totalBalance(),
                            bank.balanceDay().orElse(null), read.source(), read.readAt());
                }).toList();
        var debts = gathered.stream()
                .filter(read -> read.item() instanceof EstateItem.BankItem)
                .flatMap(read -> {
                    var bank = (EstateItem.BankItem) read.item();
                    return bank.debts().stream().map(debt -> new Debt(bank.organizationNumber(), bank.bankName(), debt.type(),
                            debt.amount(), bank.balanceDay().orElse(null), read.source(), read.readAt()));
                }).toList();
        var properties = gathered.stream()
                .filter(read -> read.item() instanceof EstateItem.PropertyItem)
                .map(read -> {
                    var property = (EstateItem.PropertyItem) read.item();
                    var encumbrances = property.encumbrances().stream().map(encumbrance -> new Encumbrance(encumbrance.type(),
                            encumbrance.holderName(), encumbrance.holderOrganizationNumber(), encumbrance.amount(),
                            encumbrance.registeredDay().orElse(null), read.source(), read.readAt())).toList();
                    return new Property(property.address(), property.municipalityNumber(), property.holdingNumber(),
                            property.subholdingNumber(), property.share(), encumbrances, read.source(), read.readAt());
                }).toList();
        var vehicles = gathered.stream()
                .filter(read -> read.item() instanceof EstateItem.VehicleItem)
                .map(read -> {
                    var vehicle = (EstateItem.VehicleItem) read.item();
                    return new Vehicle(vehicle.registrationNumber(), vehicle.make(), vehicle.model(), vehicle.year(),
                            read.source(), read.readAt());
                }).toList();
        return new EstateOverviewForHeir(reference, banks, debts, properties, vehicles);
    }
}
