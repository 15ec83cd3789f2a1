package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import org.junit.jupiter.api.Test;

class TaskDistributionTest {

    @Test
    void only_agencies_of_the_same_kind_take_over_each_others_tasks() {
        var catalogue = new AgencyCatalogue(new AgencyProperties(Map.of(), Map.of()));
        var bergen = catalogue.find("kommune-4601").orElseThrow();
        var oslo = catalogue.find("kommune-0301").orElseThrow();
        var nav = catalogue.find("nav").orElseThrow();
        var vikafossen = catalogue.find("nav-vikafossen").orElseThrow();
        var skatteetaten = catalogue.find("skatteetaten").orElseThrow();
        var ous = catalogue.find("helseforetak-ous").orElseThrow();
        var unn = catalogue.find("helseforetak-unn").orElseThrow();
        assertThat(List.of(TaskDistribution.sameKind(bergen, oslo), TaskDistribution.sameKind(nav, vikafossen),
                TaskDistribution.sameKind(ous, unn))).containsOnly(true);
        assertThat(List.of(TaskDistribution.sameKind(bergen, nav), TaskDistribution.sameKind(nav, skatteetaten),
                TaskDistribution.sameKind(ous, bergen))).containsOnly(false);
    }
}
