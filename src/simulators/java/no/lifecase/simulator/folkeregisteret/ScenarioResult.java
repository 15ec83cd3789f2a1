package no.lifecase.simulator.folkeregisteret;

import java.util.List;
import java.util.Map;

/**
 * What a scenario did: the people it concerned, by their part in it ("child", "mother", "deceased", "spouse" …),
 * and the events it appended to the feed, in order.
 */
public record ScenarioResult(Map<String, String> persons, List<Event> events) {

    public ScenarioResult {
        persons = Map.copyOf(persons);
        events = List.copyOf(events);
    }

    /** One appended event, as the feed will show it. */
    public record Event(long sekvensnummer, String hendelsetype, String folkeregisteridentifikator, String persondokument) {

        static Event of(StoredEvent stored) {
            return new Event(stored.sekvensnummer(), stored.hendelsetype(), stored.folkeregisteridentifikator(), stored.persondokument());
        }
    }
}
