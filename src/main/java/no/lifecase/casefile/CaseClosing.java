package no.lifecase.casefile;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Closes a case when the process that drives it ends. Knows nothing of the engine, so the engine may call it. */
@Component
class CaseClosing {

    private static final Logger log = LoggerFactory.getLogger(CaseClosing.class);

    private final LifeEventCaseRepository cases;
    private final CaseTimeline timeline;
    private final CaseMetrics metrics;
    private final Clock clock;

    CaseClosing(LifeEventCaseRepository cases, CaseTimeline timeline, CaseMetrics metrics, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Closes the case with this reference if the ended process is the one that drives it: a called
     * process (such as notify-agency) shares the business key but ends long before the case.
     */
    @Transactional
    public void processEnded(String reference, String processKey, boolean stopped) {
        if (!CaseReference.isValid(reference)) {
            return;
        }
        cases.findByReference(reference)
                .filter(lifeEventCase -> lifeEventCase.lifeEventId().equals(processKey))
                .ifPresent(lifeEventCase -> {
                    lifeEventCase.close(clock.instant());
                    metrics.countClosed(lifeEventCase.lifeEventId());
                    timeline.record(lifeEventCase, TimelineKind.CASE_CLOSED, stopped ? "Case stopped" : "Case closed",
                            null, CaseTimelineEntry.SOURCE_PROCESS, null);
                    log.info("Closed case {}", reference);
                });
    }
}
