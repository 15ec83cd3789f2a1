package no.lifecase.trigger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A register feed the test writes: events get sequence numbers 1, 2, 3 … as Folkeregisteret's do, pages carry an
 * ETag, and the test can make the next fetch answer 429, deliver an old page again, or run a hook inside the poll's
 * transaction.
 */
class ScriptedFeed implements FeedSource {

    private final String name;
    private final RegisterFeed register;
    private final List<FeedEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile Duration throttleNext;
    private volatile boolean replayNext;
    private volatile Runnable onNextFetch;
    private volatile int pageSize = Integer.MAX_VALUE;

    ScriptedFeed(String name, RegisterFeed register) {
        this.name = name;
        this.register = register;
    }

    @Override
    public RegisterFeed register() {
        return register;
    }

    @Override
    public String feedName() {
        return name;
    }

    synchronized FeedEvent publish(String type, String subject, Map<String, String> attributes) {
        var event = new FeedEvent(String.valueOf(events.size() + 1), type, subject, attributes);
        events.add(event);
        return event;
    }

    /** The next fetch answers 429 with this Retry-After. */
    void throttleNext(Duration retryAfter) {
        throttleNext = retryAfter;
    }

    /** The next fetch ignores the cursor and delivers the feed from its first event again. */
    void replayNext() {
        replayNext = true;
    }

    /** Runs inside the next poll's transaction, after the cursor is locked and before any event is handled. */
    void onNextFetch(Runnable hook) {
        onNextFetch = hook;
    }

    /**
     * The next poll handles its page completely and then dies before it can commit.
     *
     * @param lastLook runs in the poll's transaction just before the crash
     */
    void crashBeforeNextCommit(Runnable lastLook) {
        onNextFetch(() -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                lastLook.run();
                throw new IllegalStateException("simulated crash between handling and commit");
            }
        }));
    }

    /** Pages of at most this many events from now on, each saying how many events follow it, as Enhetsregisteret does. */
    void pagesOf(int events) {
        pageSize = events;
    }

    int fetches() {
        return fetches.get();
    }

    @Override
    public FeedPage fetch(FeedCursor cursor) {
        fetches.incrementAndGet();
        var hook = onNextFetch;
        onNextFetch = null;
        if (hook != null) {
            hook.run();
        }
        var retryAfter = throttleNext;
        throttleNext = null;
        if (retryAfter != null) {
            return FeedPage.retryAfter(retryAfter);
        }
        int after = replayNext || cursor.isAtStart() ? 0 : Integer.parseInt(cursor.position());
        replayNext = false;
        var snapshot = List.copyOf(events);
        String etag = "\"" + name + "-" + snapshot.size() + "\"";
        var rest = snapshot.subList(Math.min(after, snapshot.size()), snapshot.size());
        if (rest.isEmpty() && etag.equals(cursor.etag())) {
            return FeedPage.notModified();
        }
        var page = rest.subList(0, Math.min(pageSize, rest.size()));
        var fetched = FeedPage.of(page, page.isEmpty() ? cursor.position() : page.get(page.size() - 1).id(), etag);
        return pageSize == Integer.MAX_VALUE ? fetched : fetched.withEventsAfter(rest.size() - page.size());
    }
}
