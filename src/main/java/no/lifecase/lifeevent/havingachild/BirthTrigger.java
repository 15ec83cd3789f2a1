package no.lifecase.lifeevent.havingachild;

import static no.lifecase.trigger.RegisterTrigger.forPerson;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.lifecase.trigger.CaseOpening;
import no.lifecase.trigger.EventOutcome;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.RegisterFeed;
import no.lifecase.trigger.RegisterTrigger;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A newborn in Folkeregisteret opens the child's case; a stillborn child gets no number of its own, so the mother's
 * case takes the careful path (docs/domain.md#folkeregisteret-events). Any other person created is not a birth.
 */
@Component
@Order(1)
public class BirthTrigger implements RegisterTrigger {

    static final String PERSON_CREATED = "personErOpprettet";
    static final String FAMILY_RELATION_CHANGED = "endringIFamilierelasjon";

    private final CaseOpening opening;

    public BirthTrigger(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.FOLKEREGISTERET;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(PERSON_CREATED, FAMILY_RELATION_CHANGED);
    }

    @Override
    public Optional<EventOutcome> handle(FeedEvent event, String sourceEventKey) {
        if (PERSON_CREATED.equals(event.type()) && event.isTrue(FeedEvent.NEWBORN)) {
            return Optional.of(forPerson(event.subject(),
                    child -> opening.openForPerson(HavingAChildModule.LIFE_EVENT, child, sourceEventKey)));
        }
        if (FAMILY_RELATION_CHANGED.equals(event.type()) && event.isTrue(FeedEvent.STILLBIRTH)) {
            return Optional.of(forPerson(event.subject(), mother -> opening.openForPerson(HavingAChildModule.LIFE_EVENT,
                    mother, sourceEventKey, Map.of(HavingAChild.Variable.STILLBIRTH, true))));
        }
        return Optional.empty();
    }
}
