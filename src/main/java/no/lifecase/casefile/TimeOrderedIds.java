package no.lifecase.casefile;

import java.security.SecureRandom;
import java.time.Clock;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The ids of the engine's rows (docs/adr/0072-history-indexes-nobody-reads.md): 128 bits, the time in milliseconds
 * (48 bits) followed by 80 random bits, written as 26 characters of lower-case base 32 (digits and letters without
 * i, l, o and u). Camunda's default, a time-based UUID, takes 36 characters and starts with the fast-moving part of its
 * clock, so every index on an id took each new key at a random place. A history row holds five to eight ids, and a
 * closed birth keeps about sixty such rows for its time to live: these ids are ten characters shorter each, and new
 * keys go to the end of their index. Unique across nodes without coordination (80 random bits in each millisecond);
 * the time they show is only when the row was made, which its own columns say anyway.
 */
@Component
class TimeOrderedIds implements IdGenerator {

    private static final int LENGTH = 26;
    private static final char[] DIGITS = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TimeOrderedIds() {
        this(Clock.systemUTC());
    }

    TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String getNextId() {
        byte[] randomBytes = new byte[10];
        random.nextBytes(randomBytes);
        long high = clock.millis() << 16 | (randomBytes[0] & 0xffL) << 8 | randomBytes[1] & 0xffL;
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low = low << 8 | randomBytes[i] & 0xffL;
        }
        return encode(high, low);
    }

    /** The 128 bits as 26 base-32 digits, most significant first (the first digit holds the top 3 bits). */
    private static String encode(long high, long low) {
        char[] id = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            id[i] = DIGITS[(int) (low & 31)];
            low = low >>> 5 | (high & 31) << 59;
            high >>>= 5;
        }
        return new String(id);
    }
}
