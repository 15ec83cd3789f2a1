package no.lifecase.casefile;

import org.slf4j.MDC;

/**
 * The case a thread works on, as the log sees it: the MDC entry {@value #KEY}, on every line logged while it is set.
 * The engine writes the same entry from the business key while it runs a case's process
 * ({@code loggingContextBusinessKey} in application.yml) and puts back what was there before when it is done, so a
 * request or a job keeps its case across calls to the engine (docs/adr/0048-operators-see-lifecase.md).
 */
public final class CaseLogContext implements AutoCloseable {

    /** The MDC key, and so the field of every structured log line that names the case. */
    public static final String KEY = "caseReference";

    private final boolean set;
    private final String previous;

    private CaseLogContext(String reference) {
        this.set = reference != null;
        this.previous = MDC.get(KEY);
        if (set) {
            MDC.put(KEY, reference);
        }
    }

    /** Names the case on every line logged until {@link #close()}, which puts back the case named before, if any. */
    public static CaseLogContext of(CaseReference reference) {
        return new CaseLogContext(reference.value());
    }

    /** As {@link #of(CaseReference)} if the text is a case reference; otherwise the log stays as it is. */
    public static CaseLogContext ofText(String reference) {
        return new CaseLogContext(CaseReference.isValid(reference) ? reference : null);
    }

    @Override
    public void close() {
        if (!set) {
            return;
        }
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
