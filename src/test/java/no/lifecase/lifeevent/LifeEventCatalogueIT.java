package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The life-event catalogue as anyone reads it, without logging in. */
@LifecaseIT
class LifeEventCatalogueIT {

    @Autowired
    private TestRestTemplate anonymous;

    @Test
    void lists_the_seven_life_events_with_titles_owner_trigger_and_agencies() {
        var response = anonymous.exchange("/api/life-events", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {});

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var events = response.getBody();
        assertThat(events).extracting(event -> event.get("id")).containsExactly("having-a-child", "death-and-inheritance",
                "new-in-norway", "losing-and-finding-a-job", "seriously-ill-child", "starting-a-business",
                "starting-a-voluntary-organisation");
        var birth = events.get(0);
        assertThat(birth.get("title")).isEqualTo(Map.of("nb", "Få barn", "nn", "Få barn", "en", "Having a child"));
        assertThat(birth.get("owner")).isEqualTo(Map.of("nb", "Arbeids- og velferdsetaten (Nav)",
                "nn", "Arbeids- og velferdsetaten (Nav)", "en", "Norwegian Labour and Welfare Administration (Nav)"));
        assertThat(birth.get("trigger")).extracting("kind", "register").containsExactly("REGISTER_EVENT", "Folkeregisteret");
        assertThat(birth.get("deployedVersion")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        var agencies = (List<Map<String, Object>>) birth.get("agencies");
        assertThat(agencies.get(0)).isEqualTo(Map.of("id", "nav", "kind", "STATE_AGENCY",
                "name", Map.of("nb", "Arbeids- og velferdsetaten (Nav)", "nn", "Arbeids- og velferdsetaten (Nav)",
                        "en", "Norwegian Labour and Welfare Administration (Nav)")));
        assertThat(agencies).anySatisfy(agency -> assertThat(agency).containsEntry("kind", "MUNICIPALITY").containsKey("name"));
        var newInNorway = events.get(2);
        assertThat(newInNorway.get("title")).isEqualTo(Map.of("nb", "Ny i Norge", "nn", "Ny i Noreg", "en", "New in Norway"));
        assertThat(newInNorway.get("trigger")).extracting("description").extracting("nn")
                .isEqualTo("Ein person blir registrert busett i Noreg etter innflytting, eller får eit D-nummer.");
        var job = events.get(3);
        assertThat(job.get("trigger")).extracting("kind").isEqualTo("CITIZEN");
    }

    @Test
    void one_life_event_by_its_id_and_problem_details_for_an_unknown_one() {
        var death = anonymous.getForObject("/api/life-events/death-and-inheritance", Map.class);
        assertThat(death.get("title")).isEqualTo(Map.of("nb", "Dødsfall og arv", "nn", "Dødsfall og arv", "en", "Death and inheritance"));

        var unknown = anonymous.getForEntity("/api/life-events/winning-the-lottery", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getBody()).containsEntry("title", "Unknown life event");
    }

    @Test
    void nobody_changes_the_catalogue_over_http() {
        var response = anonymous.postForEntity("/api/life-events", Map.of("id", "x"), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
