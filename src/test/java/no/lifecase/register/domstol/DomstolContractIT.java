package no.lifecase.register.domstol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.UUID;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The courts' feed client against the simulator, over HTTP with a Maskinporten token, after estate scenarios. */
@LifecaseIT
class DomstolContractIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private DomstolClient client;

    @Autowired
    private Population population;

    @Test
    void a_private_settlement_appears_in_the_feed_as_added_then_updated_and_the_case_names_the_heirs() {
        var adults = population.adults();
        var heir = adults.get(adults.size() - 1);
        var before = latestTime();

        var opened = openForTheFirstWithoutACase(adults.subList(0, adults.size() - 1), person -> Map.of("deceased",
                person.identityNumber(), "skifteform", "PRIVAT_SKIFTE",
                "heirs", List.of(Map.of("identityNumber", heir.identityNumber(), "role", "BARN", "takesOnDebt", true))));
        var deceased = opened.deceased();
        var emitted = opened.answer();
        var sakId = UUID.fromString((String) emitted.get("sakId"));

        var events = client.events(before, 100).events().stream()
                .filter(event -> event.sakId().filter(sakId::equals).isPresent()).toList();
        assertThat(events).extracting(CloudEvent::id, CloudEvent::type)
                .containsExactly(
                        tuple(((List<?>) emitted.get("eventIds")).get(0), CloudEvent.CASE_ADDED),
                        tuple(((List<?>) emitted.get("eventIds")).get(1), CloudEvent.CASE_UPDATED));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.specversion()).isEqualTo("1.0");
            assertThat(event.source()).isEqualTo("https://domstol.no");
            assertThat(event.time()).isNotNull();
        });

        var sak = client.sak(sakId).orElseThrow();
        assertThat(sak.avdode()).isEqualTo(deceased.identityNumber());
        assertThat(sak.saksnummer()).isEqualTo(emitted.get("saksnummer"));
        assertThat(sak.embete()).endsWith("tingrett");
        assertThat(sak.status()).isEqualTo(Sak.Status.FERDIGBEHANDLET);
        assertThat(sak.skifteform()).isEqualTo(Skifteform.PRIVATE_SETTLEMENT);
        assertThat(sak.heirsWhoTookOver()).containsExactly(heir.identityNumber());
        assertThat(sak.receivedDate()).isEqualTo(population.today());
    }

    @Test
    void a_case_opened_undecided_is_decided_later_with_one_more_event() {
        var married = population.adults().stream()
                .filter(p -> p.spouse() != null && population.find(p.spouse()).filter(SimulatedPerson::isAlive).isPresent())
                .toList();
        var first = openForTheFirstWithoutACase(married, person -> Map.of("deceased", person.identityNumber()));
        var deceased = first.deceased();
        var opened = first.answer();
        var sakId = UUID.fromString((String) opened.get("sakId"));
        assertThat(client.sak(sakId).orElseThrow().skifteform()).isEqualTo(Skifteform.UNDECIDED);
        var afterOpening = latestTime();

        var decided = http.postForEntity("/sim/domstol/dodsbo/{sakId}/skifteform", Map.of("skifteform", "USKIFTE"), Map.class, sakId);

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        var sak = client.sak(sakId).orElseThrow();
        assertThat(sak.skifteform()).isEqualTo(Skifteform.UNDIVIDED_ESTATE);
        assertThat(sak.parter()).extracting(Part::nin).contains(deceased.spouse());
        // "from" includes the last event seen, so it comes again: a consumer skips it by its id.
        assertThat(client.events(afterOpening, 100).events())
                .filteredOn(event -> event.sakId().filter(sakId::equals).isPresent())
                .extracting(CloudEvent::id, CloudEvent::type)
                .containsExactly(tuple(((List<?>) opened.get("eventIds")).get(0), CloudEvent.CASE_ADDED),
                        tuple(((List<?>) decided.getBody().get("eventIds")).get(0), CloudEvent.CASE_UPDATED));
    }

    @Test
    void an_unknown_case_is_empty() {
        assertThat(client.sak(UUID.randomUUID())).isEmpty();
    }

    @Test
    void the_feed_refuses_a_caller_without_a_maskinporten_token() {
        assertThat(http.getForEntity("/domstol/hendelsesliste/api/hendelsesliste", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Where the feed ends now: paged through, as a poller would. */
    private OffsetDateTime latestTime() {
        OffsetDateTime latest = null;
        while (true) {
            var page = client.events(latest, 1000);
            var time = page.latestTime().orElse(latest);
            if (page.patches().size() < 1000 || time.equals(latest)) {
                return time;
            }
            latest = time;
        }
    }

    private record Opened(SimulatedPerson deceased, Map<String, Object> answer) {
    }

    /**
     * The courts take one death case per person, and other tests open some for the people they meet: the candidates
     * are tried from the end of the list, away from the population's examples, until the courts take one.
     */
    @SuppressWarnings("unchecked")
    private Opened openForTheFirstWithoutACase(List<SimulatedPerson> candidates, Function<SimulatedPerson, Map<String, Object>> opening) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            var answer = http.postForEntity("/sim/domstol/dodsbo", opening.apply(candidates.get(i)), Map.class);
            if (answer.getStatusCode() != HttpStatus.CONFLICT) {
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                return new Opened(candidates.get(i), answer.getBody());
            }
        }
        throw new AssertionError("The courts have a death case for every candidate");
    }
}
