package no.lifecase.lifeevent.newinnorway;

import static no.lifecase.trigger.RegisterTrigger.forPerson;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.trigger.CaseCorrelation;
import no.lifecase.trigger.CaseOpening;
import no.lifecase.trigger.EventOutcome;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.RegisterFeed;
import no.lifecase.trigger.RegisterTrigger;
import no.lifecase.trigger.SkipReason;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A move to Norway, or a D-number given to someone who came to work or study, opens the newcomer's case; a new
 * fødselsnummer is told to a case still waiting on the old D-number (docs/domain.md#folkeregisteret-events,
 * docs/domain.md#new-in-norway, ADR 16).
 */
@Component
@Order(3)
public class MoveToNorwayTrigger implements RegisterTrigger {

    static final String PERSON_CREATED = "personErOpprettet";
    static final String SETTLED = "personErBosatt";
    static final String MOVED_IN = "endringIInnflytting";
    static final String NUMBER_CHANGED = "endringIIdentifikasjonsnummer";

    private final CaseOpening opening;
    private final CaseCorrelation correlation;

    public MoveToNorwayTrigger(CaseOpening opening, CaseCorrelation correlation) {
        this.opening = opening;
        this.correlation = correlation;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.FOLKEREGISTERET;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(PERSON_CREATED, SETTLED, MOVED_IN, NUMBER_CHANGED);
    }

    @Override
    public Optional<EventOutcome> handle(FeedEvent event, String key) {
        return switch (event.type()) {
            case PERSON_CREATED -> event.isTrue(FeedEvent.NEWBORN)
                    ? Optional.empty()
                    : Optional.of(forPerson(event.subject(), person -> newcomerWithDNumber(person, key)));
            // Both can announce one move to Norway, so the second finds the case already running.
            case SETTLED, MOVED_IN -> Optional.of(forPerson(event.subject(), person -> openOnce(person, key)));
            // Only informs (ADR 16): personErBosatt follows on the new number and opens the resident's case; a case
            // waiting on the old D-number for its fødselsnummer is told it has come.
            case NUMBER_CHANGED -> Optional.of(forPerson(event.subject(), formerNumber -> formerNumber.isDNumber()
                    ? correlation.correlate(NewInNorwayModule.LIFE_EVENT, formerNumber, NewInNorway.Message.FODSELSNUMMER_ASSIGNED, Map.of())
                    : EventOutcome.skipped(SkipReason.NOT_A_TRIGGER)));
            default -> Optional.empty();
        };
    }

    /**
     * A person created with a D-number, not a newborn: someone who came to work or study. Their case shows the way to
     * a fødselsnummer (ADR 16). Anyone else created with a fødselsnummer is announced again by personErBosatt, which
     * opens the case.
     */
    private EventOutcome newcomerWithDNumber(Fodselsnummer person, String key) {
        return person.isDNumber() ? openOnce(person, key) : EventOutcome.skipped(SkipReason.NOT_A_NEWBORN);
    }

    private EventOutcome openOnce(Fodselsnummer person, String key) {
        return correlation.hasRunningCase(NewInNorwayModule.LIFE_EVENT, person)
                ? EventOutcome.skipped(SkipReason.CASE_ALREADY_RUNNING, NewInNorwayModule.LIFE_EVENT)
                : opening.openForPerson(NewInNorwayModule.LIFE_EVENT, person, key);
    }
}
