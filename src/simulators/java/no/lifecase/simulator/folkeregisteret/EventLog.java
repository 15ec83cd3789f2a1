package no.lifecase.simulator.folkeregisteret;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated register's memory: the event feed with its sequence numbers, and every person document an
 * event produced, so that {@code /personer/arkiv/{id}} and {@code part=historikk} can show the past.
 * Sequence numbers start at 1 and only grow; appends are serialised, so one scenario's events are contiguous
 * when it runs inside {@code Population.atomically}.
 */
@Component
@Profile("simulators")
class EventLog {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final Clock clock;
    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, StoredEvent> byEventDocument = new HashMap<>();
    private final Map<String, SimulatedPerson> personDocuments = new HashMap<>();
    /** Every version of each person seen by an event, oldest first, under the number the version had. */
    private final Map<String, List<SimulatedPerson>> versions = new HashMap<>();

    EventLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records that {@code identityNumber} changed from {@code before} (null for a new person) to {@code after}.
     * The number is the one the event is about: for a changed number, the old one.
     */
    synchronized StoredEvent append(String hendelsetype, String identityNumber, SimulatedPerson before, SimulatedPerson after) {
        if (before != null) {
            versions.computeIfAbsent(before.identityNumber(), id -> new ArrayList<>(List.of(before)));
        }
        versions.computeIfAbsent(after.identityNumber(), id -> new ArrayList<>()).add(after);
        var event = new StoredEvent(events.size() + 1L, hendelsetype, identityNumber, documentId(), documentId(),
                OffsetDateTime.now(clock).atZoneSameInstant(NORWAY).toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS));
        events.add(event);
        byEventDocument.put(event.hendelsesdokument(), event);
        personDocuments.put(event.persondokument(), after);
        return event;
    }

    /** Up to {@code max} events from this sequence number on (inclusive), oldest first. */
    synchronized List<StoredEvent> from(long sequenceNumber, int max) {
        int start = (int) Math.max(0, Math.min(events.size(), sequenceNumber - 1));
        return List.copyOf(events.subList(start, Math.min(events.size(), start + max)));
    }

    /** The last sequence number handed out; 0 before the first event. */
    synchronized long lastSequenceNumber() {
        return events.size();
    }

    synchronized Optional<StoredEvent> event(String hendelsesdokument) {
        return Optional.ofNullable(byEventDocument.get(hendelsesdokument));
    }

    /** The person as the event with this {@code persondokument} left them. */
    synchronized Optional<SimulatedPerson> personDocument(String dokumentidentifikator) {
        return Optional.ofNullable(personDocuments.get(dokumentidentifikator));
    }

    /** The person's earlier versions, under this and former numbers, oldest first, without the current one. */
    synchronized List<SimulatedPerson> earlierVersions(SimulatedPerson current) {
        List<SimulatedPerson> earlier = new ArrayList<>();
        for (var number : current.formerIdentityNumbers()) {
            earlier.addAll(versions.getOrDefault(number, List.of()));
        }
        earlier.addAll(versions.getOrDefault(current.identityNumber(), List.of()));
        earlier.removeIf(current::equals);
        return earlier;
    }

    private static String documentId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
