package no.lifecase.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import no.lifecase.casefile.CaseLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Register events that reached a running case before it waited for them. A court may decide the form of settlement
 * while the death case is still sending its first notices; dropping that decision would leave the case waiting for
 * ever. Such an event is held and offered to its case again on every round, until the case takes it, ends, or the
 * event has been held for {@code lifecase.feeds.hold-for} (180 days unless set). A court update repeats the whole
 * estate case, so a repeat of a decision the case already took is held too, and dropped when the case ends; the models
 * never wait twice for the same decision. Every node runs rounds; a row lock lets one of them deliver an event.
 */
@Component
public class HeldRegisterEvents {

    private static final Logger log = LoggerFactory.getLogger(HeldRegisterEvents.class);
    private static final int ROUND_SIZE = 100;
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

    private final HeldRegisterEventRepository held;
    private final FeedEventRouter router;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration holdFor;

    HeldRegisterEvents(HeldRegisterEventRepository held, FeedEventRouter router, ObjectMapper json, Clock clock,
            @Value("${lifecase.feeds.hold-for:P180D}") Duration holdFor) {
        this.held = held;
        this.router = router;
        this.json = json;
        this.clock = clock;
        this.holdFor = holdFor;
    }

    /** In the feed page's transaction: the event is held exactly when the page commits. */
    void hold(String feedName, RegisterFeed register, FeedEvent event) {
        if (!held.existsByFeedNameAndEventKey(feedName, event.id())) {
            held.save(new HeldRegisterEvent(feedName, register, event, write(event.attributes()), clock.instant()));
            log.info("Feed {}: event {} ({}) held until its case waits for it", feedName, event.id(), event.type());
        }
    }

    /** Offers the oldest held events to their cases once more, in one transaction with what the cases do with them. */
    @Transactional
    public Round deliverAgain() {
        int delivered = 0;
        int stillHeld = 0;
        int givenUp = 0;
        var now = clock.instant();
        for (HeldRegisterEvent event : held.lockOldest(PageRequest.of(0, ROUND_SIZE))) {
            var feedEvent = new FeedEvent(event.eventKey(), event.eventType(), event.subject(), read(event.attributes()));
            var outcome = router.route(event.register(), feedEvent, event.feedName() + "/" + event.eventKey());
            if (outcome.skipReason() == SkipReason.CASE_NOT_WAITING && now.isBefore(event.heldAt().plus(holdFor))) {
                event.attempted(now);
                stillHeld++;
                continue;
            }
            held.delete(event);
            if (outcome.skipReason() == SkipReason.CASE_NOT_WAITING) {
                givenUp++;
                log.warn("Feed {}: held event {} ({}) given up after {} attempts: its case never waited for it",
                        event.feedName(), event.eventKey(), event.eventType(), event.attempts() + 1);
            } else if (outcome.isSkipped()) {
                // Usually the case has ended, and the event repeated what the case had already taken.
                givenUp++;
                log.info("Feed {}: held event {} ({}) dropped: {}", event.feedName(), event.eventKey(), event.eventType(),
                        outcome.skipReason().text());
            } else {
                delivered++;
                try (var ignored = CaseLogContext.ofText(outcome.caseReference())) {
                    log.info("Feed {}: held event {} ({}) delivered to case {}", event.feedName(), event.eventKey(),
                            event.eventType(), outcome.caseReference());
                }
            }
        }
        return new Round(delivered, stillHeld, givenUp);
    }

    /** What one round did: events the cases took, events still held, and events given up. */
    public record Round(int delivered, int stillHeld, int givenUp) {
    }

    private String write(Map<String, String> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feed event's attributes are plain strings and always serialise", e);
        }
    }

    private Map<String, String> read(String attributes) {
        try {
            return json.readValue(attributes, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A held event's attributes are not the JSON this class wrote", e);
        }
    }
}
