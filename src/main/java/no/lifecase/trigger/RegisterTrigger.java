package no.lifecase.trigger;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.InvalidIdentityNumber;

/**
 * What one life event does with some of one register's events: open its case, or tell its running case. One Spring
 * bean per life event and register, in the life event's own folder; {@link FeedEventRouter} asks each, in their
 * {@code @Order}, and names no life event itself (docs/architecture.md).
 */
public interface RegisterTrigger {

    RegisterFeed register();

    /** The register's event types this trigger reads; any other is never offered to it. */
    Set<String> eventTypes();

    /**
     * @param sourceEventKey feed name and event id, handed on to the case opening for tracing
     * @return what the event did for this life event, or empty when the event is not one for it (a person created who is
     *         not a newborn, say), so that the next trigger may take it
     */
    Optional<EventOutcome> handle(FeedEvent event, String sourceEventKey);

    /** Runs {@code action} for the event's subject, or skips an event whose subject is no valid identity number. */
    static EventOutcome forPerson(String subject, Function<Fodselsnummer, EventOutcome> action) {
        Fodselsnummer person;
        try {
            person = Fodselsnummer.parse(subject);
        } catch (InvalidIdentityNumber e) {
            return EventOutcome.skipped(SkipReason.INVALID_IDENTITY_NUMBER);
        }
        return action.apply(person);
    }
}
