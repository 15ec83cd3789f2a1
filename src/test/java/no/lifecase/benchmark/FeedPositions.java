package no.lifecase.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the simulated registers' feeds stand: the last Folkeregisteret sequence number and Enhetsregisteret update id
 * that the benchmark's own events got. A node started later reads its feeds from the next one on, so that it opens
 * cases only for the events published for it.
 */
final class FeedPositions {

    private final AtomicLong lastSequence = new AtomicLong();
    private final AtomicLong lastUpdate = new AtomicLong();

    void sawSequence(long sequence) {
        lastSequence.accumulateAndGet(sequence, Math::max);
    }

    void sawUpdate(long update) {
        lastUpdate.accumulateAndGet(update, Math::max);
    }

    long lastSequence() {
        return lastSequence.get();
    }

    long lastUpdate() {
        return lastUpdate.get();
    }
}
