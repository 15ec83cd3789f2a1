package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import org.junit.jupiter.api.Test;

class LifeEventCatalogueTest {

    private final LifeEventCatalogue catalogue = new LifeEventCatalogue();
    private final AgencyCatalogue agencies = new AgencyCatalogue(new AgencyProperties(Map.of(), Map.of()));

    @Test
    void describes_every_life_event_once_in_the_order_of_the_list() {
        assertThat(catalogue.all()).extracting(LifeEventDescription::lifeEvent).containsExactly(LifeEvent.values());
    }

    @Test
    void every_named_agency_is_in_the_agency_catalogue_and_every_routed_one_says_which() {
        catalogue.all().forEach(description -> {
            assertThat(description.agencies()).as(description.lifeEvent().id()).isNotEmpty();
            description.agencies().forEach(involved -> {
                if (involved.agency() != null) {
                    assertThat(agencies.isAgency(involved.agency())).as(involved.agency()).isTrue();
                } else {
                    assertThat(involved.kind()).isNotNull();
                    assertThat(involved.description().nb()).isNotBlank();
                    assertThat(involved.description().en()).isNotBlank();
                }
            });
        });
    }

    @Test
    void register_triggers_name_their_events_and_citizen_triggers_none() {
        catalogue.all().forEach(description -> {
            var trigger = description.trigger();
            if (trigger.kind() == LifeEventDescription.TriggerKind.REGISTER_EVENT) {
                assertThat(trigger.register()).isNotBlank();
                assertThat(trigger.events()).isNotEmpty();
            } else {
                assertThat(trigger.register()).isNull();
                assertThat(trigger.events()).isEmpty();
            }
        });
        assertThat(catalogue.describe(LifeEvent.SERIOUSLY_ILL_CHILD).trigger().kind()).isEqualTo(LifeEventDescription.TriggerKind.CITIZEN);
        assertThat(catalogue.describe(LifeEvent.LOSING_AND_FINDING_A_JOB).trigger().kind()).isEqualTo(LifeEventDescription.TriggerKind.CITIZEN);
    }
}
