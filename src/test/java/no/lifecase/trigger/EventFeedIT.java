package no.lifecase.trigger;

import static no.lifecase.trigger.PollResult.Status.CONFLICT;
import static no.lifecase.trigger.PollResult.Status.FAILED;
import static no.lifecase.trigger.PollResult.Status.LOCKED_ELSEWHERE;
import static no.lifecase.trigger.PollResult.Status.NOT_MODIFIED;
import static no.lifecase.trigger.PollResult.Status.PAGE_HANDLED;
import static no.lifecase.trigger.PollResult.Status.THROTTLED;
import static no.lifecase.trigger.PollResult.Status.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed machinery on PostgreSQL with the whole application: births from a scripted Folkeregisteret feed open
 * real having-a-child cases. Each scenario reads its own feed, so each starts from its own cursor. The scripted feeds
 * and the pollers that read them are this class's own, not beans: the class shares the one application context of the
 * integration tests (ADR 0039).
 */
@LifecaseIT
class EventFeedIT {

    private static final Random RANDOM = new Random();

    @Autowired
    private FeedRound round;
    @Autowired
    private FeedStateRepository states;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private FeedMetrics metrics;
    @Autowired
    private Clock clock;
    @Autowired
    private CaseService caseService;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestRestTemplate anonymous;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private Population population;

    private final ScriptedFeed replayedFeed = scriptedFeed("it-replayed");
    private final ScriptedFeed crashingFeed = scriptedFeed("it-crashing");
    private final ScriptedFeed sharedFeed = scriptedFeed("it-shared");
    private final ScriptedFeed contestedFeed = scriptedFeed("it-contested");
    private final ScriptedFeed mixedFeed = scriptedFeed("it-mixed");
    private final ScriptedFeed throttledFeed = scriptedFeed("it-throttled");
    private final List<FeedSource> sources = List.of(replayedFeed, crashingFeed, sharedFeed, contestedFeed, mixedFeed, throttledFeed);

    /** This node's poller of the scripted feeds, built as the application builds its own from the FeedSource beans. */
    private FeedPoller poller;

    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @BeforeEach
    void poller() {
        poller = new FeedPoller(sources, round, states, transactions, metrics, clock);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_page_delivered_twice_opens_one_case() {
        var child = newborn();
        publishBirth(replayedFeed, child);

        var first = poller.poll(replayedFeed.feedName());
        replayedFeed.replayNext();
        var again = poller.poll(replayedFeed.feedName());

        assertThat(first).extracting(PollResult::status, PollResult::handled).containsExactly(PAGE_HANDLED, 1);
        assertThat(again).extracting(PollResult::status, PollResult::events, PollResult::handled)
                .containsExactly(PAGE_HANDLED, 1, 0);
        assertThat(casesOf(child)).isEqualTo(1);
        var theCase = caseView(caseReferenceOf(replayedFeed, "1"));
        assertThat(theCase).containsEntry("lifeEvent", "having-a-child").containsEntry("subject", child.value());
        assertThat(state(replayedFeed)).extracting(FeedState::position, FeedState::eventsHandled, FeedState::eventsSkipped)
                .containsExactly("1", 1L, 0L);
    }

    @Test
    void a_crash_between_opening_the_case_and_the_commit_leaves_nothing_and_the_next_poll_opens_it_once() {
        var child = newborn();
        publishBirth(crashingFeed, child);
        var casesInTheDoomedTransaction = new AtomicLong(-1);
        crashingFeed.crashBeforeNextCommit(() -> casesInTheDoomedTransaction.set(runningCasesOf(child)));

        var crashed = poller.poll(crashingFeed.feedName());

        assertThat(crashed.status()).isEqualTo(FAILED);
        assertThat(meters.get("lifecase.feed.polls").tags("feed", crashingFeed.feedName(), "result", "failed").counter().count())
                .isEqualTo(1);
        assertThat(casesInTheDoomedTransaction).hasValue(1);
        assertThat(casesOf(child)).isZero();
        assertThat(state(crashingFeed)).extracting(FeedState::position, FeedState::eventsHandled).containsExactly(null, 0L);
        assertThat(handledEvents(crashingFeed)).isEmpty();

        var retried = poller.poll(crashingFeed.feedName());

        assertThat(retried).extracting(PollResult::status, PollResult::handled).containsExactly(PAGE_HANDLED, 1);
        assertThat(casesOf(child)).isEqualTo(1);
        assertThat(state(crashingFeed)).extracting(FeedState::position, FeedState::eventsHandled).containsExactly("1", 1L);
    }

    @Test
    void two_nodes_polling_one_feed_at_once_open_one_case_per_event_and_move_the_cursor_once() throws Exception {
        var first = List.of(newborn(), newborn());
        first.forEach(child -> publishBirth(sharedFeed, child));
        var otherNode = new FeedPoller(sources, round, states, transactions, metrics, clock);
        var fetching = new CountDownLatch(1);
        var mayFinish = new CountDownLatch(1);
        sharedFeed.onNextFetch(() -> {
            fetching.countDown();
            awaitLatch(mayFinish);
        });

        Future<PollResult> thisNodesPoll = threads.submit(() -> poller.poll(sharedFeed.feedName()));
        assertThat(fetching.await(30, TimeUnit.SECONDS)).isTrue();
        var otherNodesPoll = threads.submit(() -> otherNode.poll(sharedFeed.feedName())).get(30, TimeUnit.SECONDS);
        mayFinish.countDown();

        assertThat(otherNodesPoll.status()).isEqualTo(LOCKED_ELSEWHERE);
        assertThat(thisNodesPoll.get(60, TimeUnit.SECONDS)).extracting(PollResult::status, PollResult::handled)
                .containsExactly(PAGE_HANDLED, 2);
        assertThat(sharedFeed.fetches()).isEqualTo(1);
        assertThat(state(sharedFeed)).extracting(FeedState::position, FeedState::eventsHandled).containsExactly("2", 2L);

        // Then both keep polling side by side while more children are born.
        var more = List.of(newborn(), newborn(), newborn());
        more.forEach(child -> publishBirth(sharedFeed, child));
        var start = new CyclicBarrier(2);
        var thisNode = threads.submit(pollRepeatedly(poller, start));
        var thatNode = threads.submit(pollRepeatedly(otherNode, start));
        var results = new ArrayList<PollResult>(thisNode.get(60, TimeUnit.SECONDS));
        results.addAll(thatNode.get(60, TimeUnit.SECONDS));
        results.add(poller.poll(sharedFeed.feedName()));

        assertThat(results).extracting(PollResult::status).doesNotContain(FAILED, CONFLICT);
        assertThat(results.stream().mapToInt(PollResult::handled).sum()).isEqualTo(3);
        assertThat(first).allSatisfy(child -> assertThat(casesOf(child)).isEqualTo(1));
        assertThat(more).allSatisfy(child -> assertThat(casesOf(child)).isEqualTo(1));
        assertThat(state(sharedFeed)).extracting(FeedState::position, FeedState::eventsHandled).containsExactly("5", 5L);
        assertThat(handledEvents(sharedFeed)).hasSize(5);
    }

    @Test
    void an_event_another_node_records_first_rolls_this_page_back_and_is_then_skipped() throws Exception {
        var child = newborn();
        publishBirth(contestedFeed, child);
        var otherNodeHandledIt = new CountDownLatch(1);
        var otherNodeMayCommit = new CountDownLatch(1);
        // A node that bypassed the cursor lock handles the same event, and has not committed when this node writes.
        contestedFeed.onNextFetch(() -> {
            threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                var opened = caseService.open(HavingAChildModule.LIFE_EVENT, child);
                jdbc.update("""
                        insert into handled_register_event (id, feed_name, event_key, event_type, outcome, life_event_id,
                                                            case_reference, handled_at)
                        values (?, ?, '1', 'personErOpprettet', 'OPENED', 'having-a-child', ?, now())""",
                        -1 - RANDOM.nextInt(Integer.MAX_VALUE), contestedFeed.feedName(), opened.reference().value());
                otherNodeHandledIt.countDown();
                awaitLatch(otherNodeMayCommit);
            }));
            awaitLatch(otherNodeHandledIt);
        });

        Future<PollResult> thisNodesPoll = threads.submit(() -> poller.poll(contestedFeed.feedName()));
        // This node's insert of the same event key now waits for the other transaction.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'transactionid'",
                Integer.class) > 0);
        otherNodeMayCommit.countDown();

        assertThat(thisNodesPoll.get(60, TimeUnit.SECONDS).status()).isEqualTo(CONFLICT);
        assertThat(casesOf(child)).isEqualTo(1);
        assertThat(state(contestedFeed)).extracting(FeedState::position, FeedState::eventsHandled).containsExactly(null, 0L);

        var next = poller.poll(contestedFeed.feedName());

        assertThat(next).extracting(PollResult::status, PollResult::events, PollResult::handled)
                .containsExactly(PAGE_HANDLED, 1, 0);
        assertThat(casesOf(child)).isEqualTo(1);
        assertThat(state(contestedFeed).position()).isEqualTo("1");
        assertThat(handledEvents(contestedFeed)).hasSize(1);
    }

    @Test
    void unknown_and_unmapped_event_types_are_skipped_and_counted() {
        var someone = Fodselsnummer.generate(LocalDate.of(1980, 6, 7), false, true, RANDOM);
        var child = newborn();
        mixedFeed.publish("personErTeleportert", someone.value(), Map.of());
        mixedFeed.publish("endringINavn", someone.value(), Map.of());
        publishBirth(mixedFeed, child);
        double unknownBefore = skippedCount(mixedFeed, SkipReason.UNKNOWN_EVENT_TYPE);

        var result = poller.poll(mixedFeed.feedName());

        assertThat(result).extracting(PollResult::status, PollResult::events, PollResult::handled, PollResult::skipped)
                .containsExactly(PAGE_HANDLED, 3, 1, 2);
        assertThat(state(mixedFeed)).extracting(FeedState::position, FeedState::eventsHandled, FeedState::eventsSkipped)
                .containsExactly("3", 1L, 2L);
        assertThat(handledEvents(mixedFeed))
                .extracting(row -> row.get("event_key"), row -> row.get("outcome"), row -> row.get("skip_reason"), row -> row.get("subject"))
                .containsExactly(
                        tuple("1", "SKIPPED", "unknown event type", null),
                        tuple("2", "SKIPPED", "not a life event trigger", null),
                        tuple("3", "OPENED", null, child.value()));
        assertThat(skippedCount(mixedFeed, SkipReason.UNKNOWN_EVENT_TYPE)).isEqualTo(unknownBefore + 1);
        assertThat(skippedCount(mixedFeed, SkipReason.NOT_A_TRIGGER)).isEqualTo(1);
        assertThat(casesOf(child)).isEqualTo(1);
    }

    @Test
    void retry_after_holds_the_feed_back_and_not_modified_leaves_the_cursor_alone() {
        var child = newborn();
        publishBirth(throttledFeed, child);
        throttledFeed.throttleNext(Duration.ofSeconds(2));
        var askedAt = clock.instant();

        var throttled = poller.poll(throttledFeed.feedName());
        var tooSoon = poller.poll(throttledFeed.feedName());

        assertThat(throttled.status()).isEqualTo(THROTTLED);
        assertThat(throttled.retryNotBefore())
                .isBetween(askedAt.plusSeconds(2).truncatedTo(ChronoUnit.MICROS), clock.instant().plusSeconds(2));
        assertThat(state(throttledFeed).retryNotBefore()).isEqualTo(throttled.retryNotBefore());
        assertThat(tooSoon.status()).isEqualTo(WAITING);
        assertThat(throttledFeed.fetches()).isEqualTo(1);
        assertThat(casesOf(child)).isZero();

        var afterTheWait = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> poller.poll(throttledFeed.feedName()), result -> result.status() != WAITING);

        assertThat(afterTheWait).extracting(PollResult::status, PollResult::handled).containsExactly(PAGE_HANDLED, 1);
        assertThat(clock.instant()).isAfterOrEqualTo(throttled.retryNotBefore());
        assertThat(throttledFeed.fetches()).isEqualTo(2);
        assertThat(casesOf(child)).isEqualTo(1);
        var cursor = state(throttledFeed);
        assertThat(cursor.retryNotBefore()).isNull();
        assertThat(cursor.etag()).isNotNull();

        var unchanged = poller.poll(throttledFeed.feedName());

        assertThat(unchanged.status()).isEqualTo(NOT_MODIFIED);
        assertThat(throttledFeed.fetches()).isEqualTo(3);
        assertThat(state(throttledFeed))
                .extracting(FeedState::position, FeedState::etag, FeedState::updatedAt, FeedState::eventsHandled)
                .containsExactly(cursor.position(), cursor.etag(), cursor.updatedAt(), cursor.eventsHandled());
    }

    private Callable<List<PollResult>> pollRepeatedly(FeedPoller node, CyclicBarrier start) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            var results = new ArrayList<PollResult>();
            for (int i = 0; i < 5; i++) {
                results.add(node.poll(sharedFeed.feedName()));
            }
            return results;
        };
    }

    /**
     * A child born today whom no other test can have a case for, so that counting a child's cases counts this test's
     * cases only: the simulated population issues the number and never issues it again, not even to a child born in
     * another test's birth scenario. The child itself stays unknown to the register.
     */
    private Fodselsnummer newborn() {
        var child = population.newIdentityNumber(population.today(), RANDOM.nextBoolean() ? Sex.FEMALE : Sex.MALE, false);
        assertThat(casesOf(child)).as("cases of the new number %s", child).isZero();
        return child;
    }

    /** A feed no cursor in the database has seen yet, even when a test runs again against the same database. */
    private static ScriptedFeed scriptedFeed(String name) {
        return new ScriptedFeed(name + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36), RegisterFeed.FOLKEREGISTERET);
    }

    private static void publishBirth(ScriptedFeed feed, Fodselsnummer child) {
        feed.publish("personErOpprettet", child.value(), Map.of(FeedEvent.NEWBORN, "true"));
    }

    /** Having-a-child cases of the child, running or ended. */
    private long casesOf(Fodselsnummer child) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(HavingAChildModule.LIFE_EVENT.processKey())
                .variableValueEquals(CaseService.SUBJECT, child.value()).count();
    }

    private long runningCasesOf(Fodselsnummer child) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(HavingAChildModule.LIFE_EVENT.processKey())
                .variableValueEquals(CaseService.SUBJECT, child.value()).count();
    }

    private FeedState state(ScriptedFeed feed) {
        return states.findById(feed.feedName()).orElseThrow();
    }

    private List<Map<String, Object>> handledEvents(ScriptedFeed feed) {
        return jdbc.queryForList("select * from handled_register_event where feed_name = ? order by cast(event_key as bigint)",
                feed.feedName());
    }

    private String caseReferenceOf(ScriptedFeed feed, String eventKey) {
        return jdbc.queryForObject("select case_reference from handled_register_event where feed_name = ? and event_key = ?",
                String.class, feed.feedName(), eventKey);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> caseView(String reference) {
        return anonymous.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .getForObject("/api/cases/{reference}", Map.class, reference);
    }

    private double skippedCount(ScriptedFeed feed, SkipReason reason) {
        Counter counter = meters.find("lifecase.feed.events.skipped")
                .tags("feed", feed.feedName(), "reason", reason.text()).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the latch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
