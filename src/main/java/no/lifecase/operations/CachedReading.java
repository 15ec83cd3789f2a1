package no.lifecase.operations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reading of the database or the engine that serves every gauge of a kind until it is {@code maxAge} old, so that
 * a scrape, or several at once, costs at most one round of queries per kind. Only one thread reads at a time; the
 * others meanwhile take the previous reading rather than wait. A failed reading keeps the previous one (a gauge then
 * shows no value until the first reading succeeds), so a database that is away fails no scrape.
 */
final class CachedReading<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedReading.class);

    private record Reading<T>(T value, long readAtNanos) {
    }

    private final String what;
    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Reading<T> last;

    CachedReading(String what, Duration maxAge, Supplier<T> read) {
        this.what = what;
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The latest reading, read anew if it is older than the maximum age; null before the first succeeds. */
    T get() {
        var current = last;
        if (current != null && System.nanoTime() - current.readAtNanos() < maxAgeNanos) {
            return current.value();
        }
        if (!reading.compareAndSet(false, true)) {
            return current == null ? null : current.value();
        }
        try {
            var value = read.get();
            last = new Reading<>(value, System.nanoTime());
            return value;
        } catch (RuntimeException e) {
            log.warn("Could not read {} for the metrics; the gauges keep the last reading: {}", what, e.toString());
            return current == null ? null : current.value();
        } finally {
            reading.set(false);
        }
    }
}
