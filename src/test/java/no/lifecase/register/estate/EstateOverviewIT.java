package no.lifecase.register.estate;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessEntry;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.estate.EstateItem.BankItem;
import no.lifecase.register.estate.EstateItem.PropertyItem;
import no.lifecase.register.estate.EstateItem.VehicleItem;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.simulator.estate.SimulatedBanks;
import no.lifecase.simulator.estate.SimulatedProperties;
import no.lifecase.simulator.estate.SimulatedVehicles;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The estate overview gathered through the three real clients over HTTP from the simulators, stored on PostgreSQL,
 * logged on the case and shown to the entitled heir only.
 */
@LifecaseIT
class EstateOverviewIT {

    /** A read serves its case, so it is logged with the purpose of the case's life event (docs/adr/0042). */
    private static final String CASE_PURPOSE = HavingAChildModule.LIFE_EVENT.accessPurpose().purpose().en();

    private static final Set<String> ESTATE_REGISTERS = Set.of("dsop", "kartverket", "vegvesen");

    @Autowired
    private EstateOverview overview;

    @Autowired
    private EstateOverviewRepository entries;

    @Autowired
    private CaseService cases;

    @Autowired
    private DataAccessLog accessLog;

    @Autowired
    private Population population;

    @Autowired
    private SimulatedBanks banks;

    @Autowired
    private SimulatedProperties properties;

    @Autowired
    private SimulatedVehicles vehicles;

    @Autowired
    private SimulatorFaults faults;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @LocalServerPort
    private int port;

    @AfterEach
    void sourcesAnswerNormallyAgain() {
        faults.clear();
    }

    @Test
    void the_estate_of_the_deceased_is_gathered_logged_and_shown_to_the_entitled_heir_only() {
        var deceased = deceasedWithAFullEstate();
        var heir = adult(20);
        var outsider = adult(21);
        var lifeEventCase = aCase(heir);

        var died = population.find(deceased.value()).orElseThrow().deathDate();
        var items = overview.gather(lifeEventCase.reference(), deceased, died, List.of(heir));

        assertThat(items).filteredOn(BankItem.class::isInstance).map(BankItem.class::cast)
                .extracting(BankItem::organizationNumber, BankItem::bankName, BankItem::accountCount, item -> item.totalBalance().stripTrailingZeros(),
                        BankItem::balanceDate, item -> item.debts().stream().map(debt -> debt.type() + " " + debt.amount().stripTrailingZeros()).toList())
                .containsExactlyInAnyOrderElementsOf(expectedBanks(deceased, died));
        assertThat(items).filteredOn(PropertyItem.class::isInstance).map(PropertyItem.class::cast)
                .extracting(PropertyItem::address, PropertyItem::holdingNumber, PropertyItem::subholdingNumber, PropertyItem::share)
                .containsExactlyElementsOf(properties.of(deceased).stream().map(p -> tuple(p.address(), p.holdingNumber(),
                        p.subholdingNumber(), p.fractionOwnership())).toList());
        assertThat(items).filteredOn(PropertyItem.class::isInstance).map(PropertyItem.class::cast)
                .map(property -> property.encumbrances().stream().map(e -> e.type() + " " + e.holderName() + " "
                        + e.holderOrganizationNumber() + " " + e.amount().stripTrailingZeros().toPlainString() + " " + e.registeredDate()).toList())
                .as("what the grunnbok has registered on each property")
                .containsExactlyElementsOf(properties.of(deceased).stream().map(p -> p.encumbrances().stream().map(e -> e.documentType()
                        + " " + e.holder().name() + " " + e.holder().organizationNumber() + " " + e.amount().toPlainString() + " "
                        + e.registeredDate()).toList()).toList());
        assertThat(items).filteredOn(VehicleItem.class::isInstance).map(VehicleItem.class::cast)
                .extracting(VehicleItem::registrationNumber, VehicleItem::make, VehicleItem::model, VehicleItem::year)
                .containsExactlyElementsOf(vehicles.of(deceased).stream().map(v -> tuple(v.regNr(), v.brand(), v.model(),
                        v.registrationDate().getYear())).toList());

        var stored = entries.findByCaseRefOrderBySourceAscItemNoAsc(lifeEventCase.reference().value());
        assertThat(stored).hasSameSizeAs(items)
                .allSatisfy(entry -> assertThat(entry.entitledHeirs()).containsExactly(heir.value()));
        assertThat(stored).extracting(EstateOverviewEntry::source).containsSubsequence("dsop", "kartverket", "vegvesen");

        assertThat(estateReads(lifeEventCase)).extracting(DataAccessEntry::register, DataAccessEntry::about,
                        DataAccessEntry::purpose, DataAccessEntry::fields)
                .containsExactly(
                        tuple("dsop", deceased.value(), CASE_PURPOSE, EstateOverview.BANK_FIELDS),
                        tuple("kartverket", deceased.value(), CASE_PURPOSE, EstateOverview.PROPERTY_FIELDS),
                        tuple("vegvesen", deceased.value(), CASE_PURPOSE, EstateOverview.VEHICLE_FIELDS));

        assertThat(overview.forHeir(lifeEventCase.reference(), heir)).isEqualTo(items);
        assertThat(overview.forHeir(lifeEventCase.reference(), outsider)).isEmpty();
    }

    @Test
    void an_heir_with_a_formuesfullmakt_sees_the_mortgages_on_the_property_with_holder_amount_date_and_source() throws Exception {
        var deceased = marriedWithAMortgagedProperty();
        var spouse = deceased.spouse();
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var death = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased.identityNumber());
        // The court gives the heirs it knows a formuesfullmakt; then the case gathers the overview for them (docs/adr/0064).
        simulation.awaitPassed(death, "Task_GatherOverviewBeforeTheChoice");

        var heir = new CookieBrowser(port);
        var loginPage = heir.get("/min-side");
        heir.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", spouse,
                "level", "idporten-loa-substantial", "locale", "nb"));
        var answer = heir.get("/api/citizen/cases/" + death.getBusinessKey() + "/estate-overview", "application/json");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var json = new ObjectMapper().readTree(answer.body());
        var shown = new ArrayList<String>();
        json.get("properties").forEach(property -> property.get("encumbrances").forEach(encumbrance -> shown.add(
                property.get("holdingNumber").asText() + "/" + property.get("subholdingNumber").asText() + ": "
                        + encumbrance.get("type").asText() + " " + encumbrance.get("holderName").asText() + " "
                        + encumbrance.get("holderOrganizationNumber").asText() + " "
                        + encumbrance.get("amount").decimalValue().stripTrailingZeros().toPlainString() + " "
                        + encumbrance.get("registeredDate").asText() + " " + encumbrance.get("source").asText() + " "
                        + encumbrance.get("readAt").asText().substring(0, 4))));
        var registered = properties.of(deceased.fodselsnummer()).stream().flatMap(property -> property.encumbrances().stream()
                .map(encumbrance -> property.holdingNumber() + "/" + property.subholdingNumber() + ": " + encumbrance.documentType() + " "
                        + encumbrance.holder().name() + " " + encumbrance.holder().organizationNumber() + " "
                        + encumbrance.amount().stripTrailingZeros().toPlainString() + " " + encumbrance.registeredDate() + " kartverket "
                        + LocalDate.now().getYear())).toList();
        assertThat(registered).as("the deceased's property is mortgaged").isNotEmpty();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(registered);

        var lifeEventCase = cases.find(CaseReference.of(death.getBusinessKey())).orElseThrow();
        assertThat(accessLog.of(lifeEventCase)).filteredOn(entry -> entry.register().equals("estate-overview"))
                .singleElement().satisfies(showing -> {
                    assertThat(showing.accessedBy()).isEqualTo(spouse);
                    assertThat(showing.fields()).contains("properties", "encumbrances");
                });
        assertThat(accessLog.of(lifeEventCase)).filteredOn(entry -> entry.register().equals("kartverket"))
                .allSatisfy(read -> assertThat(read.fields()).contains("encumbrances.holder", "encumbrances.amount"));
    }

    @Test
    void a_retried_gathering_replaces_the_overview_instead_of_adding_a_second() {
        var deceased = deceasedWithAFullEstate();
        var heir = adult(22);
        var coHeir = adult(23);
        var lifeEventCase = aCase(heir);

        var first = overview.gather(lifeEventCase.reference(), deceased, null, List.of(heir));
        var second = overview.gather(lifeEventCase.reference(), deceased, null, List.of(heir, coHeir));

        assertThat(second).isEqualTo(first);
        assertThat(entries.findByCaseRefOrderBySourceAscItemNoAsc(lifeEventCase.reference().value())).hasSameSizeAs(first)
                .allSatisfy(entry -> assertThat(entry.entitledHeirs()).containsExactly(heir.value(), coHeir.value()));
        assertThat(overview.forHeir(lifeEventCase.reference(), coHeir)).isEqualTo(first);
        assertThat(estateReads(lifeEventCase)).hasSize(6);   // each read really happened, and is logged
    }

    @Test
    void a_source_that_is_away_leaves_neither_an_overview_nor_a_logged_read() {
        var deceased = deceasedWithAFullEstate();
        var heir = adult(24);
        var lifeEventCase = aCase(heir);
        faults.inject("kartverket", Fault.serverError());

        assertThatThrownBy(() -> overview.gather(lifeEventCase.reference(), deceased, null, List.of(heir)))
                .isInstanceOfSatisfying(RegisterUnavailable.class, e -> assertThat(e.register()).isEqualTo("kartverket"))
                .hasMessage("kartverket is unavailable: HTTP 500");

        assertThat(entries.findByCaseRefOrderBySourceAscItemNoAsc(lifeEventCase.reference().value())).isEmpty();
        assertThat(estateReads(lifeEventCase)).isEmpty();
        assertThat(overview.forHeir(lifeEventCase.reference(), heir)).isEmpty();
    }

    @Test
    void the_simulated_sources_are_open_and_refuse_an_invalid_number() {
        var deceased = deceasedWithAFullEstate();

        var answer = http.postForEntity("/sim/estate/vegvesen/vehicles", Map.of("personIdentifier", deceased.value()), Map.class);
        var invalid = http.postForEntity("/sim/estate/kartverket/properties", Map.of("personIdentifier", "12345678901"), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** A dead person of the population with bank accounts, mortgaged property and a vehicle, and no protected address. */
    private Fodselsnummer deceasedWithAFullEstate() {
        return population.all().stream()
                .filter(person -> !person.isAlive() && !person.hasProtectedAddress())
                .map(SimulatedPerson::fodselsnummer)
                .filter(person -> banks.banksOf(person).size() >= 2 && hasAMortgagedProperty(person) && !vehicles.of(person).isEmpty())
                .findFirst().orElseThrow();
    }

    private boolean hasAMortgagedProperty(Fodselsnummer person) {
        return properties.of(person).stream().anyMatch(property -> !property.encumbrances().isEmpty());
    }

    /**
     * A living married person with a living spouse and mortgaged property, nobody in the family with a protected address
     * or dead; picked in an order of its own, away from the people other tests let die.
     */
    private SimulatedPerson marriedWithAMortgagedProperty() {
        return population.all().stream()
                .sorted(Comparator.comparing(person -> person.identityNumber().substring(6)))
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && person.civilStatus() == CivilStatus.GIFT)
                .filter(person -> population.find(person.spouse()).filter(spouse -> spouse.isAlive() && !spouse.hasProtectedAddress()).isPresent())
                .filter(person -> person.children().stream().map(population::find)
                        .allMatch(child -> child.filter(SimulatedPerson::isAlive).filter(found -> !found.hasProtectedAddress()).isPresent()))
                .filter(person -> hasAMortgagedProperty(person.fodselsnummer()))
                .findFirst().orElseThrow();
    }

    private List<org.assertj.core.groups.Tuple> expectedBanks(Fodselsnummer deceased, LocalDate died) {
        return banks.banksOf(deceased).stream().map(bank -> {
            var accounts = banks.accountsAt(deceased, bank.organizationNumber(), died);
            var debts = banks.debtsAt(deceased, bank.organizationNumber(), died).stream()
                    .map(debt -> debt.type() + " " + debt.amount().stripTrailingZeros()).toList();
            return tuple(bank.organizationNumber(), bank.name(), accounts.size(),
                    accounts.stream().map(SimulatedBanks.Account::balance).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros(),
                    died.toString(), debts);
        }).toList();
    }

    private Fodselsnummer adult(int index) {
        return population.adults().get(index).fodselsnummer();
    }

    /** Any case will do for a row to hang the overview and the reads on; the death process needs a court's decision first. */
    private LifeEventCase aCase(Fodselsnummer subject) {
        return cases.open(HavingAChildModule.LIFE_EVENT, subject);
    }

    /** The estate sources' reads; the case's own process may read other registers meanwhile. */
    private List<DataAccessEntry> estateReads(LifeEventCase lifeEventCase) {
        return accessLog.of(lifeEventCase).stream().filter(entry -> ESTATE_REGISTERS.contains(entry.register())).toList();
    }
}
