package no.lifecase.lifeevent.movinghouse;

import static no.lifecase.trigger.RegisterTrigger.forPerson;

import java.util.Optional;
import java.util.Set;
import no.lifecase.trigger.CaseOpening;
import no.lifecase.trigger.EventOutcome;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.RegisterFeed;
import no.lifecase.trigger.RegisterTrigger;

/**
 * A new residence address in Folkeregisteret opens the case of the person who moved. Everyone who moves has an event
 * of their own, so each gets a case; a move while the person's case is still open opens none (the case opening skips
 * it). A bean of {@link MovingHouseModule} only, so that no context without the life event scans it.
 */
final class MoveTrigger implements RegisterTrigger {

    private final CaseOpening opening;

    MoveTrigger(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.FOLKEREGISTERET;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(MovingHouse.RESIDENCE_ADDRESS_CHANGED);
    }

    @Override
    public Optional<EventOutcome> handle(FeedEvent event, String sourceEventKey) {
        return Optional.of(forPerson(event.subject(),
                mover -> opening.openForPerson(MovingHouseModule.LIFE_EVENT, mover, sourceEventKey)));
    }
}
