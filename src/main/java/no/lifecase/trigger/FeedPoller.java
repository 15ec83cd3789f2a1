package no.lifecase.trigger;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls the feeds of every {@link FeedSource} bean, one page per call. Safe to call from several threads and nodes
 * at once: a feed is read by one of them at a time and each event is handled once. {@link FeedScheduling} calls it on
 * a timer; tests call {@link #poll(String)} directly.
 */
@Component
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    /** Feed names are configuration keys ({@code lifecase.feeds.<name>.poll-interval}) and a 64-character column. */
    private static final Pattern FEED_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Map<String, FeedSource> sources = new LinkedHashMap<>();
    private final FeedRound round;
    private final FeedStateRepository states;
    private final Set<String> cursorsThatExist = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate newTransaction;
    private final FeedMetrics metrics;
    private final Clock clock;

    @Autowired
    FeedPoller(ObjectProvider<FeedSource> sources, FeedRound round, FeedStateRepository states,
            PlatformTransactionManager transactions, FeedMetrics metrics, Clock clock) {
        this(sources.orderedStream().toList(), round, states, transactions, metrics, clock);
    }

    FeedPoller(List<FeedSource> sources, FeedRound round, FeedStateRepository states,
            PlatformTransactionManager transactions, FeedMetrics metrics, Clock clock) {
        for (FeedSource source : sources) {
            String name = source.feedName();
            if (name == null || !FEED_NAME.matcher(name).matches()) {
                throw new IllegalStateException("Feed name '" + name + "' must be lower-case letters, digits and hyphens");
            }
            if (this.sources.putIfAbsent(name, source) != null) {
                throw new IllegalStateException("Two feed sources are called '" + name + "'; they would share a cursor");
            }
            metrics.startAtZero(name);
        }
        this.round = round;
        this.states = states;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.metrics = metrics;
        this.clock = clock;
    }

    public Set<String> feedNames() {
        return sources.keySet();
    }

    /** Each feed's lag, read from the cursors without locking them (a poll holding a cursor does not hold this up). */
    public List<FeedLag> lags() {
        var byFeed = states.findAllById(sources.keySet()).stream()
                .collect(Collectors.toMap(FeedState::feedName, state -> new FeedLag(state.feedName(), state.eventsBehind(), state.caughtUpAt())));
        return sources.keySet().stream().map(feed -> byFeed.getOrDefault(feed, new FeedLag(feed, null, null))).toList();
    }

    /** Reads and handles one page of the feed, or learns that there is nothing to do yet. Never throws for the feed's failures. */
    public PollResult poll(String feedName) {
        var source = sources.get(feedName);
        if (source == null) {
            throw new IllegalArgumentException("No feed called '" + feedName + "'");
        }
        var result = metrics.observePoll(feedName, () -> pollOnce(feedName, source));
        metrics.polled(feedName, result.status());
        return result;
    }

    private PollResult pollOnce(String feedName, FeedSource source) {
        try {
            createCursorIfMissing(feedName);
            var result = round.run(source);
            logResult(feedName, result);
            return result;
        } catch (DataIntegrityViolationException e) {
            if (isDuplicateEvent(e)) {
                log.info("Feed {}: another node handled an event of this page first, or opened its case; rolled back, the next poll skips it",
                        feedName);
                return PollResult.of(PollResult.Status.CONFLICT);
            }
            log.warn("Feed {}: page rolled back, the next poll tries it again: {}", feedName, describe(e));
            return PollResult.of(PollResult.Status.FAILED);
        } catch (RuntimeException e) {
            // No stack trace: exception messages from registers and the engine may carry identity numbers, and only
            // the message passes through the log's masking.
            log.warn("Feed {}: page rolled back, the next poll tries it again: {}", feedName, describe(e));
            return PollResult.of(PollResult.Status.FAILED);
        }
    }

    /**
     * In its own transaction, so that the round can lock the row; two nodes creating it at once is harmless. Once a
     * cursor is known to exist it is not looked for again: cursors are never deleted, and a look on every poll was a
     * transaction of its own, several a second with nothing to do (docs/adr/0065-fewer-transactions-per-case.md).
     */
    private void createCursorIfMissing(String feedName) {
        if (cursorsThatExist.contains(feedName)) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> {
                if (!states.existsById(feedName)) {
                    states.save(new FeedState(feedName, clock.instant()));
                }
            });
            cursorsThatExist.add(feedName);
        } catch (DataIntegrityViolationException e) {
            log.debug("Feed {}: another node created the cursor first", feedName);
        }
    }

    /** The event's record, or the one open case of its life event (docs/adr/0037), was written by someone else first. */
    private static boolean isDuplicateEvent(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uk_handled_register_event") || message.contains("uk_life_event_case_open");
    }

    private static void logResult(String feedName, PollResult result) {
        switch (result.status()) {
            case PAGE_HANDLED -> {
                if (result.events() > 0) {
                    log.info("Feed {}: {} events, {} handled, {} skipped, {} handled before", feedName, result.events(),
                            result.handled(), result.skipped(), result.events() - result.handled() - result.skipped());
                }
            }
            case THROTTLED -> log.info("Feed {}: the register asks us to wait until {}", feedName, result.retryNotBefore());
            default -> log.debug("Feed {}: {}", feedName, result.status());
        }
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 1000; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!text.isEmpty()) {
                text.append("; caused by ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
