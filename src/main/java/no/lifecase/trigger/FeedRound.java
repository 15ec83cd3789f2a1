package no.lifecase.trigger;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One poll of one feed as one transaction: lock the cursor, fetch a page, handle its events, move the cursor. The
 * cases opened and messages delivered share the transaction (the engine joins Spring's), so either all of it
 * commits or the next poll starts from the same cursor.
 */
@Component
class FeedRound {

    private static final Logger log = LoggerFactory.getLogger(FeedRound.class);

    private final FeedEventRouter router;
    private final FeedStateRepository states;
    private final HandledRegisterEventRepository handledEvents;
    private final HeldRegisterEvents heldEvents;
    private final FeedMetrics metrics;
    private final Clock clock;
    private final EntityManager entityManager;

    FeedRound(FeedEventRouter router, FeedStateRepository states, HandledRegisterEventRepository handledEvents,
            HeldRegisterEvents heldEvents, FeedMetrics metrics, Clock clock, EntityManager entityManager) {
        this.router = router;
        this.states = states;
        this.handledEvents = handledEvents;
        this.heldEvents = heldEvents;
        this.metrics = metrics;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    PollResult run(FeedSource source) {
        String feed = source.feedName();
        var locked = states.lockUnlessLocked(feed);
        if (locked.isEmpty()) {
            return PollResult.of(PollResult.Status.LOCKED_ELSEWHERE);
        }
        var state = locked.get();
        var now = clock.instant();
        if (state.mustWait(now)) {
            return PollResult.waiting(PollResult.Status.WAITING, state.retryNotBefore());
        }

        var page = source.fetch(state.cursor());
        if (page.isThrottled()) {
            // Microseconds are what the database keeps, so every node reads the same time.
            var until = now.plus(page.retryAfter()).truncatedTo(ChronoUnit.MICROS);
            state.retryNotBefore(until, now);
            return PollResult.waiting(PollResult.Status.THROTTLED, until);
        }
        if (page.unchanged()) {
            state.lagAfter(page, now);
            return PollResult.of(PollResult.Status.NOT_MODIFIED);
        }

        List<Runnable> countAfterCommit = new ArrayList<>();
        List<EventOutcome> outcomes = new ArrayList<>();
        int handled = 0;
        int skipped = 0;
        // Under the row lock no other node handles this feed, so this is exact; the unique key is the second line
        // of defence. A replayed page, or an event twice in one page, finds its events here.
        Set<String> handledBefore = page.events().isEmpty() ? new HashSet<>()
                : new HashSet<>(handledEvents.handledAmong(feed, page.events().stream().map(FeedEvent::id).toList()));
        for (FeedEvent event : page.events()) {
            if (!handledBefore.add(event.id())) {
                countAfterCommit.add(() -> metrics.skipped(feed, SkipReason.ALREADY_HANDLED));
                continue;
            }
            var outcome = router.route(source.register(), event, feed + "/" + event.id());
            handledEvents.save(new HandledRegisterEvent(feed, event, outcome, clock.instant()));
            if (outcome.skipReason() == SkipReason.CASE_NOT_WAITING) {
                heldEvents.hold(feed, source.register(), event);
            }
            outcomes.add(outcome);
            countAfterCommit.add(() -> metrics.count(feed, outcome));
            if (outcome.isSkipped()) {
                skipped++;
                log.debug("Feed {}: event {} ({}) skipped: {}", feed, event.id(), event.type(), outcome.skipReason().text());
            } else {
                handled++;
            }
            writeAndForget();
        }
        if (!outcomes.isEmpty()) {
            // Forgotten with the events; this transaction still holds the row's lock.
            state = states.findById(feed).orElseThrow();
        }
        outcomes.forEach(state::counted);
        state.advancedPast(page, clock.instant());
        state.lagAfter(page, clock.instant());
        // Write now, so a duplicate key shows here and nothing is left for the commit but the commit.
        handledEvents.flush();
        afterCommit(countAfterCommit);
        return new PollResult(PollResult.Status.PAGE_HANDLED, page.events().size(), handled, skipped, null);
    }

    /**
     * Writes what the event changed and lets the persistence context forget it. Kept for the whole page (up to 1 000
     * events), every entity of the page was dirty-checked again before each query of each later event: a page cost the
     * square of its length (docs/performance.md).
     */
    private void writeAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Counted only once committed: a rolled-back page is handled again and must not count twice. */
    private static void afterCommit(List<Runnable> actions) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                actions.forEach(Runnable::run);
            }
        });
    }
}
