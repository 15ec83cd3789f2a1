package no.lifecase.casefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts of the case pages this node read or wrote last, each beside the text it was read from or written as
 * (docs/adr/0070): a page read again while its case has not moved is not parsed again, nor is a row a step brings up
 * to date. Facts are reused only for the very text the row holds now, so a change made on another node, or one rolled
 * back, never shows: its text differs. At most {@code capacity} cases are kept, the one read longest ago dropped first.
 */
final class ParsedCasePages {

    private record Parsed(String text, CasePageFacts facts) {
    }

    private final Map<Long, Parsed> byCase;

    ParsedCasePages(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one case page must be kept, not " + capacity);
        }
        this.byCase = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Parsed> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The facts this text holds, parsed now unless they were for this case's same text before. */
    Optional<CasePageFacts> of(long caseId, String text, Function<String, Optional<CasePageFacts>> parse) {
        var kept = byCase.get(caseId);
        if (kept != null && kept.text().equals(text)) {
            return Optional.of(kept.facts());
        }
        var parsed = parse.apply(text);
        parsed.ifPresent(facts -> byCase.put(caseId, new Parsed(text, facts)));
        return parsed;
    }

    /** The facts just written as this text, so that the next read of the row need not parse them. */
    void written(long caseId, String text, CasePageFacts facts) {
        byCase.put(caseId, new Parsed(text, facts));
    }

    int size() {
        return byCase.size();
    }
}
