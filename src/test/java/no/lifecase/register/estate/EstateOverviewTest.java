package no.lifecase.register.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.estate.EstateItem.BankItem;
import no.lifecase.register.estate.EstateItem.PropertyItem;
import no.lifecase.register.estate.EstateItem.VehicleItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The use case with the three sources mocked and the table kept in a list. */
class EstateOverviewTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final CaseReference OTHER_CASE = CaseReference.of("LE-2026-000043");
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("13857548595");
    private static final Fodselsnummer HEIR = Fodselsnummer.parse("13858025456");
    private static final Fodselsnummer CO_HEIR = Fodselsnummer.parse("22856220072");
    private static final Fodselsnummer OUTSIDER = Fodselsnummer.parse("25819091148");
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:00Z");
    private static final LocalDate DIED = LocalDate.of(2026, 2, 10);
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final DsopClient dsop = mock(DsopClient.class);
    private final KartverketClient kartverket = mock(KartverketClient.class);
    private final VegvesenClient vegvesen = mock(VegvesenClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final EstateOverviewRepository repository = mock(EstateOverviewRepository.class);
    private final List<EstateOverviewEntry> table = new ArrayList<>();
    private final CasePurpose purpose = mock(CasePurpose.class);
    private final EstateOverview overview = new EstateOverview(dsop, kartverket, vegvesen, accessLog, repository,
            Clock.fixed(NOW, ZoneOffset.UTC), purpose);

    @BeforeEach
    void sourcesAnswerFromTheSamplesAndTheTableIsAList() throws Exception {
        when(purpose.of(CASE)).thenReturn(DeathAndInheritanceModule.LIFE_EVENT.accessPurpose());
        var relations = JSON.readValue(EstateSamples.json("customer-relations.json"), CustomerRelations.class);
        when(dsop.customerRelations(DECEASED)).thenReturn(relations);
        when(dsop.accounts(relations.banks().get(0), DECEASED, DIED))
                .thenReturn(JSON.readValue(EstateSamples.json("bank-details.json"), BankAccounts.class));
        when(dsop.accounts(relations.banks().get(1), DECEASED, DIED)).thenReturn(BankAccounts.none("Nordea Bank Abp, filial i Norge"));
        when(kartverket.propertyRights(DECEASED)).thenReturn(JSON.readValue(EstateSamples.json("properties.json"), KartverketProperties.class));
        when(vegvesen.vehicles(DECEASED)).thenReturn(JSON.readValue(EstateSamples.json("vehicles.json"), SvvVehicles.class));

        when(repository.deleteByCaseRef(anyString())).thenAnswer(call -> {
            int before = table.size();
            table.removeIf(entry -> entry.caseRef().equals(call.getArgument(0)));
            return before - table.size();
        });
        when(repository.saveAll(anyList())).thenAnswer(call -> {
            table.addAll(call.getArgument(0));
            return call.getArgument(0);
        });
        when(repository.findByCaseRefOrderBySourceAscItemNoAsc(anyString())).thenAnswer(call -> table.stream()
                .filter(entry -> entry.caseRef().equals(call.getArgument(0)))
                .sorted(Comparator.comparing(EstateOverviewEntry::source).thenComparing(EstateOverviewEntry::itemNo))
                .toList());
    }

    @Test
    void gathers_banks_at_the_date_of_death_with_their_debts_then_property_and_vehicles() {
        var items = overview.gather(CASE, DECEASED, DIED, List.of(HEIR, CO_HEIR));

        assertThat(items).containsExactly(
                new BankItem("315500001", "DNB Bank ASA", 2, new BigDecimal("-10099.50"), "2026-02-10",
                        List.of(new EstateItem.Debt("loan", new BigDecimal("1250000.00")))),
                new BankItem("315503000", "Nordea Bank Abp, filial i Norge", 0, BigDecimal.ZERO, null, List.of()),
                new BankItem("315506018", "Storebrand Bank ASA", null, null, null, List.of()),
                new PropertyItem("Pilestredet Park 4-H0102", "0301", "208", "951", "0", "1", "1/2", "Eiendomsrett", false,
                        List.of(new EstateItem.Encumbrance("Pantedokument", "DNB Bank ASA", "315500001", new BigDecimal("2400000"), "2019-05-03"))),
                new PropertyItem("Hærnesvegen 372", "3415", "58", "4", "0", "0", "1/1", "Eiendomsrett", true, List.of()),
                new VehicleItem("EL12345", "Tesla", "Model Y", 2021),
                new VehicleItem("BD73710", "Volvo", "240", 1985));
    }

    @Test
    void a_bank_without_a_dsop_service_is_listed_but_not_asked() {
        var items = overview.gather(CASE, DECEASED, DIED, List.of(HEIR));

        assertThat(items).filteredOn(item -> item instanceof BankItem bank && !bank.answered())
                .extracting(item -> ((BankItem) item).bankName()).containsExactly("Storebrand Bank ASA");
        verify(dsop, never()).accounts(new CustomerRelations.Bank("315506018", "Storebrand Bank ASA", false), DECEASED, DIED);
    }

    @Test
    void each_source_read_is_logged_about_the_deceased_with_the_fields_read() {
        overview.gather(CASE, DECEASED, DIED, List.of(HEIR));

        verify(accessLog).record(CASE, "dsop", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), DECEASED.value(), EstateOverview.BANK_FIELDS);
        verify(accessLog).record(CASE, "kartverket", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), DECEASED.value(), EstateOverview.PROPERTY_FIELDS);
        verify(accessLog).record(CASE, "vegvesen", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), DECEASED.value(), EstateOverview.VEHICLE_FIELDS);
        assertThat(EstateOverview.BANK_FIELDS).contains("accounts.availableBalance");
        assertThat(EstateOverview.PROPERTY_FIELDS).contains("properties.holdingNumber", "properties.fractionOwnership",
                "encumbrances.holder", "encumbrances.amount");
    }

    @Test
    void each_item_is_stored_as_a_summary_for_the_entitled_heirs() {
        overview.gather(CASE, DECEASED, DIED, List.of(HEIR, CO_HEIR, HEIR));

        assertThat(table).hasSize(7).allSatisfy(entry -> {
            assertThat(entry.caseRef()).isEqualTo(CASE.value());
            assertThat(entry.entitledHeirs()).containsExactly(HEIR.value(), CO_HEIR.value());
            assertThat(entry.gatheredAt()).isEqualTo(NOW);
        });
        assertThat(table).extracting(EstateOverviewEntry::summary).contains(
                "{\"organizationNumber\":\"315500001\",\"bankName\":\"DNB Bank ASA\",\"accountCount\":2,\"totalBalance\":-10099.50,"
                        + "\"balanceDate\":\"2026-02-10\",\"debts\":[{\"type\":\"loan\",\"amount\":1250000.00}]}",
                "{\"address\":\"Pilestredet Park 4-H0102\",\"municipalityNumber\":\"0301\",\"holdingNumber\":\"208\","
                        + "\"subholdingNumber\":\"951\",\"leaseNumber\":\"0\",\"sectionNumber\":\"1\",\"share\":\"1/2\","
                        + "\"type\":\"Eiendomsrett\",\"agriculture\":false,\"encumbrances\":[{\"type\":\"Pantedokument\","
                        + "\"holderName\":\"DNB Bank ASA\",\"holderOrganizationNumber\":\"315500001\",\"amount\":2400000,"
                        + "\"registeredDate\":\"2019-05-03\"}]}",
                "{\"registrationNumber\":\"EL12345\",\"make\":\"Tesla\",\"model\":\"Model Y\",\"year\":2021}");
    }

    @Test
    void a_property_stored_before_the_encumbrances_were_read_has_none() {
        var entry = new EstateOverviewEntry(CASE, 0, new PropertyItem("Storgata 1", "0301", "12", "34", "0", "0", "1/1",
                "Eiendomsrett", false, null), List.of(HEIR), NOW);
        ReflectionTestUtils.setField(entry, "summary", "{\"address\":\"Storgata 1\",\"municipalityNumber\":\"0301\","
                + "\"holdingNumber\":\"12\",\"subholdingNumber\":\"34\",\"leaseNumber\":\"0\",\"sectionNumber\":\"0\","
                + "\"share\":\"1/1\",\"type\":\"Eiendomsrett\",\"agriculture\":false}");

        assertThat(entry.item()).isInstanceOfSatisfying(PropertyItem.class, property -> {
            assertThat(property.address()).isEqualTo("Storgata 1");
            assertThat(property.encumbrances()).isEmpty();
        });
    }

    @Test
    void an_entitled_heir_sees_the_overview_and_anyone_else_nothing() {
        var gathered = overview.gather(CASE, DECEASED, DIED, List.of(HEIR, CO_HEIR));

        assertThat(overview.forHeir(CASE, HEIR)).isEqualTo(gathered);
        assertThat(overview.forHeir(CASE, CO_HEIR)).isEqualTo(gathered);
        assertThat(overview.forHeir(CASE, OUTSIDER)).isEmpty();
        assertThat(overview.forHeir(CASE, DECEASED)).isEmpty();
        assertThat(overview.forHeir(OTHER_CASE, HEIR)).isEmpty();
    }

    @Test
    void a_retried_step_replaces_the_overview_of_the_case_and_leaves_other_cases_alone() {
        when(kartverket.propertyRights(Fodselsnummer.parse("23888830782"))).thenReturn(new KartverketProperties(null));
        when(dsop.customerRelations(Fodselsnummer.parse("23888830782"))).thenReturn(new CustomerRelations(null));
        when(vegvesen.vehicles(Fodselsnummer.parse("23888830782"))).thenReturn(oneCar());
        overview.gather(OTHER_CASE, Fodselsnummer.parse("23888830782"), DIED, List.of(OUTSIDER));

        overview.gather(CASE, DECEASED, DIED, List.of(HEIR));
        overview.gather(CASE, DECEASED, DIED, List.of(HEIR, CO_HEIR));

        assertThat(table).filteredOn(entry -> entry.caseRef().equals(CASE.value())).hasSize(7)
                .allSatisfy(entry -> assertThat(entry.entitledHeirs()).containsExactly(HEIR.value(), CO_HEIR.value()));
        assertThat(overview.forHeir(OTHER_CASE, OUTSIDER)).hasSize(1);
        var order = inOrder(repository);
        order.verify(repository).deleteByCaseRef(CASE.value());
        order.verify(repository).saveAll(anyList());
    }

    @Test
    void with_no_heir_entitled_nothing_is_read_stored_or_logged() {
        assertThat(overview.gather(CASE, DECEASED, DIED, List.of())).isEmpty();

        verifyNoInteractions(dsop, kartverket, vegvesen, accessLog, repository);
    }

    @Test
    void a_source_that_is_away_stops_the_gathering_before_anything_is_stored() {
        when(vegvesen.vehicles(DECEASED)).thenThrow(new RegisterUnavailable("vegvesen", "HTTP 503", null, null));

        assertThatThrownBy(() -> overview.gather(CASE, DECEASED, DIED, List.of(HEIR)))
                .isInstanceOf(RegisterUnavailable.class).hasMessageContaining("vegvesen");
        verify(repository, never()).deleteByCaseRef(any());
        verify(repository, never()).saveAll(anyList());
        assertThat(table).isEmpty();
    }

    private static SvvVehicles oneCar() {
        return new SvvVehicles(List.of(new SvvVehicles.Vehicle("EK54321", "Nissan", "Personbil", "M1", "Leaf", null, null,
                LocalDate.of(2019, 5, 2), "REGISTRERT")));
    }
}
