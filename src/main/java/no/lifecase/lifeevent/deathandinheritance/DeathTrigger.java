package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.trigger.RegisterTrigger.forPerson;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Message;
import no.lifecase.trigger.CaseCorrelation;
import no.lifecase.trigger.CaseOpening;
import no.lifecase.trigger.EventOutcome;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.RegisterFeed;
import no.lifecase.trigger.RegisterTrigger;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A death in Folkeregisteret opens the case of the deceased; a withdrawn death (personErReaktivert) is told to the
 * running case (docs/domain.md#folkeregisteret-events).
 */
@Component
@Order(2)
public class DeathTrigger implements RegisterTrigger {

    static final String DIED = "personErDoed";
    static final String REACTIVATED = "personErReaktivert";

    private final CaseOpening opening;
    private final CaseCorrelation correlation;

    public DeathTrigger(CaseOpening opening, CaseCorrelation correlation) {
        this.opening = opening;
        this.correlation = correlation;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.FOLKEREGISTERET;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(DIED, REACTIVATED);
    }

    @Override
    public Optional<EventOutcome> handle(FeedEvent event, String key) {
        return Optional.of(DIED.equals(event.type())
                ? forPerson(event.subject(), person -> death(person, key))
                : forPerson(event.subject(), person ->
                        correlation.correlate(DeathAndInheritanceModule.LIFE_EVENT, person, Message.PERSON_REACTIVATED, Map.of())));
    }

    /**
     * A person dies once: a later death event is a correction, never a second case. While the case runs it is
     * told; when a withdrawn registration (personErReaktivert) has ended it, the same case starts again.
     */
    private EventOutcome death(Fodselsnummer person, String key) {
        var lifeEvent = DeathAndInheritanceModule.LIFE_EVENT;
        if (correlation.hasRunningCase(lifeEvent, person)) {
            return correlation.correlate(lifeEvent, person, Message.DEATH_REGISTERED_AGAIN, Map.of());
        }
        if (correlation.hasCase(lifeEvent, person)) {
            return opening.reopenForPerson(lifeEvent, person, "the death was registered again");
        }
        return opening.openForPerson(lifeEvent, person, key);
    }
}
