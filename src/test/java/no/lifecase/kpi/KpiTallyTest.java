package no.lifecase.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.ShippedLifeEvents;
import org.junit.jupiter.api.Test;

class KpiTallyTest {

    private static final List<LifeEvent> LIFE_EVENTS = ShippedLifeEvents.all().all();

    @Test
    void everyLifeEventOfTheCatalogueIsThereEvenWithoutCases() {
        var figures = new KpiTally().figures(LIFE_EVENTS, Set.of("having-a-child"), id -> id);

        assertThat(figures).extracting(Kpis.LifeEventKpis::lifeEvent)
                .containsExactly(LIFE_EVENTS.stream().map(LifeEvent::id).toArray(String[]::new));
        var child = figures.get(0);
        assertThat(child.deployed()).isTrue();
        assertThat(child.casesOpened()).isZero();
        assertThat(child.medianLeadTime()).isNull();
        assertThat(child.shareWithoutManualTask()).isNull();
        assertThat(child.agencies()).isEmpty();
        assertThat(figures.get(1).deployed()).isFalse();
    }

    @Test
    void casesAreCountedAndLeadTimesAndSharesComputedPerLifeEvent() {
        var tally = new KpiTally();
        tally.opened("death-and-inheritance", 4);
        tally.closed("death-and-inheritance", 3_600, true);
        tally.closed("death-and-inheritance", 86_400, false);
        tally.closed("death-and-inheritance", 7_200, true);
        tally.closed("death-and-inheritance", 60, false);
        tally.opened("having-a-child", 1);

        var death = byId(tally.figures(LIFE_EVENTS, Set.of(), id -> id), "death-and-inheritance");

        assertThat(death.casesOpened()).isEqualTo(4);
        assertThat(death.casesClosed()).isEqualTo(4);
        // Sorted 60, 3600, 7200, 86400: median = 2nd, 90th percentile = 4th.
        assertThat(death.medianLeadTime().seconds()).isEqualTo(3_600);
        assertThat(death.medianLeadTime().duration()).isEqualTo("PT1H");
        assertThat(death.medianLeadTime().text()).isEqualTo("1 h 0 min");
        assertThat(death.p90LeadTime().seconds()).isEqualTo(86_400);
        assertThat(death.p90LeadTime().text()).isEqualTo("1 d 0 h");
        assertThat(death.closedWithoutManualTask()).isEqualTo(2);
        assertThat(death.shareWithoutManualTask()).isEqualTo(0.5);
        assertThat(byId(tally.figures(LIFE_EVENTS, Set.of(), id -> id), "having-a-child").casesClosed()).isZero();
    }

    @Test
    void manyLeadTimesGrowTheBuffer() {
        var tally = new KpiTally();
        for (int i = 1; i <= 1000; i++) {
            tally.closed("having-a-child", i, true);
        }

        var child = byId(tally.figures(LIFE_EVENTS, Set.of(), id -> id), "having-a-child");

        assertThat(child.casesClosed()).isEqualTo(1000);
        assertThat(child.medianLeadTime().seconds()).isEqualTo(500);
        assertThat(child.p90LeadTime().seconds()).isEqualTo(900);
        assertThat(child.shareWithoutManualTask()).isEqualTo(0.0);
    }

    @Test
    void agencyFiguresAddUpAcrossRowsAndIntoTheLifeEventsDeadlineBreaches() {
        var tally = new KpiTally();
        tally.agencyTasks("death-and-inheritance", "nav", 2, 3 * 3_600_000L, 1, 0);
        tally.agencyTasks("death-and-inheritance", "nav", 1, 3_600_000L, 0, 2);
        tally.agencyTasks("death-and-inheritance", "skatteetaten", 1, 90_000L, 1, 0);
        tally.agencyTasks("death-and-inheritance", "kommune-0301", 0, 0, 0, 1);

        var death = byId(tally.figures(LIFE_EVENTS, Set.of(), id -> id.equals("nav") ? "NAV" : id), "death-and-inheritance");

        assertThat(death.agencies()).extracting(Kpis.AgencyKpis::agency).containsExactly("kommune-0301", "nav", "skatteetaten");
        var nav = death.agencies().get(1);
        assertThat(nav.name()).isEqualTo("NAV");
        assertThat(nav.completedTasks()).isEqualTo(3);
        assertThat(nav.timeSpent().seconds()).isEqualTo(4 * 3_600);
        assertThat(nav.averageTime().seconds()).isEqualTo(4 * 3_600 / 3);
        assertThat(nav.completedLate()).isEqualTo(1);
        assertThat(nav.openPastDue()).isEqualTo(2);
        var municipality = death.agencies().get(0);
        assertThat(municipality.timeSpent()).isNull();
        assertThat(municipality.averageTime()).isNull();
        assertThat(death.completedLate()).isEqualTo(2);
        assertThat(death.openPastDue()).isEqualTo(3);
        assertThat(death.deadlineBreaches()).isEqualTo(5);
    }

    @Test
    void aLifeEventOutsideTheCatalogueIsShownAfterIt() {
        var tally = new KpiTally();
        tally.opened("moving-abroad", 2);

        List<Kpis.LifeEventKpis> figures = tally.figures(LIFE_EVENTS, Set.of(), id -> id);

        assertThat(figures.get(figures.size() - 1).lifeEvent()).isEqualTo("moving-abroad");
        assertThat(figures.get(figures.size() - 1).casesOpened()).isEqualTo(2);
    }

    @Test
    void timesReadInWords() {
        assertThat(Kpis.Time.words(42)).isEqualTo("42 s");
        assertThat(Kpis.Time.words(125)).isEqualTo("2 min");
        assertThat(Kpis.Time.words(3 * 3600 + 5 * 60)).isEqualTo("3 h 5 min");
        assertThat(Kpis.Time.words(2 * 86_400 + 3 * 3600)).isEqualTo("2 d 3 h");
    }

    private static Kpis.LifeEventKpis byId(List<Kpis.LifeEventKpis> figures, String id) {
        return figures.stream().filter(event -> event.lifeEvent().equals(id)).findFirst().orElseThrow();
    }
}
