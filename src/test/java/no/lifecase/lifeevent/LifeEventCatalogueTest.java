package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJobModule;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChildModule;
import org.junit.jupiter.api.Test;

class LifeEventCatalogueTest {

    private final LifeEvents catalogue = ShippedLifeEvents.all();
    private final AgencyCatalogue agencies = new AgencyCatalogue(new AgencyProperties(Map.of(), Map.of()));

    @Test
    void describes_every_life_event_once_by_the_id_of_its_process() {
        assertThat(catalogue.all()).extracting(LifeEvent::id).containsExactly("having-a-child", "death-and-inheritance",
                "new-in-norway", "losing-and-finding-a-job", "seriously-ill-child", "starting-a-business",
                "starting-a-voluntary-organisation");
        assertThat(catalogue.find("having-a-child")).contains(HavingAChildModule.LIFE_EVENT);
        assertThat(catalogue.find("no-such-life-event")).isEmpty();
    }

    @Test
    void two_life_events_with_one_id_are_refused() {
        var twice = List.of(HavingAChildModule.LIFE_EVENT, HavingAChildModule.LIFE_EVENT);

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> new LifeEvents(twice))
                .withMessageContaining("having-a-child");
    }

    @Test
    void every_named_agency_is_in_the_agency_catalogue_and_every_routed_one_says_which() {
        catalogue.all().forEach(lifeEvent -> {
            assertThat(lifeEvent.agencies()).as(lifeEvent.id()).isNotEmpty();
            assertAllThree(lifeEvent.id() + " title", lifeEvent.title());
            assertAllThree(lifeEvent.id() + " owner", lifeEvent.owner());
            assertAllThree(lifeEvent.id() + " trigger", lifeEvent.trigger().description());
            assertAllThree(lifeEvent.id() + " purpose", lifeEvent.accessPurpose().purpose());
            assertAllThree(lifeEvent.id() + " legal basis", lifeEvent.accessPurpose().legalBasis());
            lifeEvent.agencies().forEach(involved -> {
                if (involved.agency() != null) {
                    assertThat(agencies.isAgency(involved.agency())).as(involved.agency()).isTrue();
                } else {
                    assertThat(involved.kind()).isNotNull();
                    assertAllThree(lifeEvent.id() + " routed agency", involved.description());
                }
            });
        });
    }

    @Test
    void register_triggers_name_their_events_and_citizen_triggers_none() {
        catalogue.all().forEach(lifeEvent -> {
            var trigger = lifeEvent.trigger();
            if (trigger.kind() == Trigger.Kind.REGISTER_EVENT) {
                assertThat(trigger.register()).isNotBlank();
                assertThat(trigger.events()).isNotEmpty();
            } else {
                assertThat(trigger.register()).isNull();
                assertThat(trigger.events()).isEmpty();
            }
        });
        assertThat(SeriouslyIllChildModule.LIFE_EVENT.trigger().kind()).isEqualTo(Trigger.Kind.CITIZEN);
        assertThat(LosingAndFindingAJobModule.LIFE_EVENT.trigger().kind()).isEqualTo(Trigger.Kind.CITIZEN);
    }

    private static void assertAllThree(String what, no.lifecase.language.Text text) {
        assertThat(text.nb()).as(what + " in bokmål").isNotBlank();
        assertThat(text.nn()).as(what + " in nynorsk").isNotBlank();
        assertThat(text.en()).as(what + " in English").isNotBlank();
    }
}
