package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.formtexts.DeployedFormTexts;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.CitizenStart;
import no.lifecase.lifeevent.CitizenStartDecision;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.ShippedLifeEvents;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChildModule;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.junit.jupiter.api.Test;

/** What the portal says about a life event it cannot start: unknown, not the citizen's to start, or not deployed. */
class CitizenStartsTest {

    private final RepositoryService repository = mock(RepositoryService.class);
    private final CitizenStarts starts;

    CitizenStartsTest() {
        var query = mock(ProcessDefinitionQuery.class, RETURNS_SELF);
        when(query.singleResult()).thenReturn(null);
        when(repository.createProcessDefinitionQuery()).thenReturn(query);
        CitizenStart anyRule = new CitizenStart() {
            @Override
            public LifeEvent lifeEvent() {
                return SeriouslyIllChildModule.LIFE_EVENT;
            }

            @Override
            public CitizenStartDecision decide(Fodselsnummer citizen, Map<String, Object> answers) {
                return new CitizenStartDecision.Open(citizen, Map.of());
            }
        };
        starts = new CitizenStarts(ShippedLifeEvents.all(), List.of(anyRule), repository, mock(FormService.class), mock(CaseService.class),
                new DeployedFormTexts(repository), new ObjectMapper());
    }

    @Test
    void a_life_event_whose_process_is_not_deployed_is_neither_listed_nor_startable() {
        assertThat(starts.startable()).isEmpty();
        assertThatThrownBy(() -> starts.find("seriously-ill-child"))
                .isInstanceOfSatisfying(CitizenStarts.NotStartable.class, e -> assertThat(e.notDeployed()).isTrue())
                .hasMessageContaining("not deployed");
    }

    @Test
    void a_life_event_no_citizen_starts_and_an_unknown_one_are_not_found() {
        assertThatThrownBy(() -> starts.find("having-a-child"))
                .isInstanceOfSatisfying(CitizenStarts.NotStartable.class, e -> assertThat(e.notDeployed()).isFalse());
        assertThatThrownBy(() -> starts.find("no-such-event")).isInstanceOf(CitizenStarts.NotStartable.class);
    }
}
