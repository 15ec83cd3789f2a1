package no.lifecase.register.estate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview of a deceased's estate that Digitalt dødsbo gives the heirs (docs/domain.md#estate-overview-sources):
 * banks, accounts and debts from DSOP, property rights from Kartverket, vehicles from Statens vegvesen. Gathered once the
 * court has said who is entitled, and shown to those heirs only (arveloven §§ 92 and 118, forskrift om Digitalt
 * dødsbo).
 */
@Service
public class EstateOverview {

    /** The fields each source is read for; logged on the case with every read. */
    static final List<String> BANK_FIELDS = List.of("banks.organizationNumber", "banks.bankName",
            "accounts.accountNumber", "accounts.availableBalance", "debts.type", "debts.creditor", "debts.amount");
    static final List<String> PROPERTY_FIELDS = List.of("properties.address", "properties.municipalityNumber",
            "properties.holdingNumber", "properties.subholdingNumber", "properties.leaseNumber",
            "properties.sectionNumber", "properties.fractionOwnership", "properties.type", "properties.isAgriculture",
            "encumbrances.documentType", "encumbrances.holder", "encumbrances.amount", "encumbrances.registeredDate");
    static final List<String> VEHICLE_FIELDS = List.of("vehicles.regNr", "vehicles.brand", "vehicles.model",
            "vehicles.registrationDate");

    private static final Logger log = LoggerFactory.getLogger(EstateOverview.class);

    private final DsopClient dsop;
    private final KartverketClient kartverket;
    private final VegvesenClient vegvesen;
    private final DataAccessLog accessLog;
    private final EstateOverviewRepository entries;
    private final Clock clock;
    private final CasePurpose purpose;

    EstateOverview(DsopClient dsop, KartverketClient kartverket, VegvesenClient vegvesen, DataAccessLog accessLog,
                   EstateOverviewRepository entries, Clock clock, CasePurpose purpose) {
        this.purpose = purpose;
        this.dsop = dsop;
        this.kartverket = kartverket;
        this.vegvesen = vegvesen;
        this.accessLog = accessLog;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Reads the three sources about the deceased, logs each read on the case and stores the overview for these heirs,
     * in place of any earlier one of the case, so a retried step never leaves two. With no heirs nothing is read:
     * nobody may see the result. A source that is away throws {@link no.lifecase.register.RegisterUnavailable} and
     * nothing is stored or logged (the step's transaction rolls back).
     *
     * The banks are asked for the balances and debts at the end of the date of death (docs/adr/0064), since that is
     * what the estate holds; without a date of death they answer the balances when read.
     *
     * @return the items stored, banks first, then property, then vehicles
     */
    @Transactional
    public List<EstateItem> gather(CaseReference caseRef, Fodselsnummer deceased, @Nullable LocalDate dateOfDeath,
                                   List<Fodselsnummer> entitledHeirs) {
        var heirs = entitledHeirs.stream().distinct().toList();
        if (heirs.isEmpty()) {
            return List.of();
        }
        var banks = banks(caseRef, deceased, dateOfDeath);
        var properties = properties(caseRef, deceased);
        var vehicles = vehicles(caseRef, deceased);

        entries.deleteByCaseRef(caseRef.value());
        var now = clock.instant();
        var items = new ArrayList<EstateItem>();
        var stored = new ArrayList<EstateOverviewEntry>();
        for (var source : List.of(banks, properties, vehicles)) {
            for (int i = 0; i < source.size(); i++) {
                stored.add(new EstateOverviewEntry(caseRef, i, source.get(i), heirs, now));
            }
            items.addAll(source);
        }
        entries.saveAll(stored);
        log.info("Estate overview of case {}: {} bank(s), {} property right(s), {} vehicle(s), for {} heir(s)",
                caseRef, banks.size(), properties.size(), vehicles.size(), heirs.size());
        return List.copyOf(items);
    }

    /** The case's overview if this heir is entitled to it, else nothing at all (not even whether there is one). */
    @Transactional(readOnly = true)
    public List<EstateItem> forHeir(CaseReference caseRef, Fodselsnummer heir) {
        return entries.findByCaseRefOrderBySourceAscItemNoAsc(caseRef.value()).stream()
                .filter(entry -> entry.entitles(heir))
                .map(EstateOverviewEntry::item)
                .toList();
    }

    /**
     * The case's overview with the source and read date of every item, if this heir is entitled to it; else nothing,
     * so that a page can answer "not found" without telling whether there is an overview at all.
     */
    @Transactional(readOnly = true)
    public List<GatheredEstateItem> gatheredFor(CaseReference caseRef, Fodselsnummer heir) {
        return entries.findByCaseRefOrderBySourceAscItemNoAsc(caseRef.value()).stream()
                .filter(entry -> entry.entitles(heir))
                .map(entry -> new GatheredEstateItem(entry.item(), entry.gatheredAt()))
                .toList();
    }

    private List<EstateItem> banks(CaseReference caseRef, Fodselsnummer deceased, @Nullable LocalDate dateOfDeath) {
        var relations = dsop.customerRelations(deceased);
        var items = relations.banks().stream()
                .<EstateItem>map(bank -> bank.canBeAsked()
                        ? EstateItem.BankItem.of(bank, dsop.accounts(bank, deceased, dateOfDeath))
                        : EstateItem.BankItem.unanswered(bank))
                .toList();
        accessLog.record(caseRef, DsopClient.REGISTER, purpose.of(caseRef), deceased.value(), BANK_FIELDS);
        return items;
    }

    private List<EstateItem> properties(CaseReference caseRef, Fodselsnummer deceased) {
        var items = kartverket.propertyRights(deceased).properties().stream()
                .<EstateItem>map(EstateItem.PropertyItem::of)
                .toList();
        accessLog.record(caseRef, KartverketClient.REGISTER, purpose.of(caseRef), deceased.value(), PROPERTY_FIELDS);
        return items;
    }

    private List<EstateItem> vehicles(CaseReference caseRef, Fodselsnummer deceased) {
        var items = vegvesen.vehicles(deceased).vehicles().stream()
                .<EstateItem>map(EstateItem.VehicleItem::of)
                .toList();
        accessLog.record(caseRef, VegvesenClient.REGISTER, purpose.of(caseRef), deceased.value(), VEHICLE_FIELDS);
        return items;
    }
}
