package no.lifecase.register.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.trigger.FeedCursor;
import no.lifecase.trigger.FeedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Enhetsregisteret's update feed read over HTTP from the simulator, as the poller reads it. */
@LifecaseIT
class EnhetsregisteretFeedIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private EnhetsregisteretFeed feed;

    @Test
    void a_new_business_arrives_with_its_form_and_the_person_who_gets_the_case() {
        var founder = (String) http.getForObject("/sim/population/examples", Map.class).get("singleAdult");
        var founded = http.postForEntity("/sim/enhetsregisteret/organisasjoner",
                Map.of("organisationForm", "AS", "name", "Stødig Handel AS", "founder", founder, "employees", 2), Map.class).getBody();
        var organisationNumber = (String) founded.get("organisasjonsnummer");

        var page = feed.fetch(FeedCursor.atStart());

        assertThat(page.events()).filteredOn(event -> organisationNumber.equals(event.subject())).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("Ny");
            assertThat(event.attribute(FeedEvent.ORGANISATION_FORM)).contains("AS");
            assertThat(event.attribute(FeedEvent.FOUNDER)).isPresent();
        });
        assertThat(Long.parseLong(page.nextPosition())).isGreaterThan(((Number) founded.get("oppdateringsid")).longValue());
        assertThat(feed.fetch(new FeedCursor(page.nextPosition(), null)).events())
                .as("the next page starts after this one").noneMatch(event -> organisationNumber.equals(event.subject()));
    }
}
