package no.lifecase.casefile;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the plain-language history of a case. */
@Service
public class CaseTimeline {

    private final LifeEventCaseRepository cases;
    private final CaseTimelineRepository entries;
    private final Clock clock;
    private final CasePageChanges pageChanges;

    CaseTimeline(LifeEventCaseRepository cases, CaseTimelineRepository entries, Clock clock, CasePageChanges pageChanges) {
        this.cases = cases;
        this.entries = entries;
        this.clock = clock;
        this.pageChanges = pageChanges;
    }

    /** Adds an entry to the case with this reference; does nothing for a business key that is no case of ours. */
    @Transactional
    public void record(String reference, TimelineKind kind, String text, String agency, String source, String activityId) {
        record(reference, kind, text, agency, source, activityId, null);
    }

    /** As {@link #record(String, TimelineKind, String, String, String, String)}, for an element of this process definition. */
    @Transactional
    public void record(String reference, TimelineKind kind, String text, String agency, String source, String activityId,
                       String processDefinitionId) {
        if (!CaseReference.isValid(reference)) {
            return;
        }
        cases.findByReference(reference).ifPresent(lifeEventCase -> record(lifeEventCase, kind, text, agency, source, activityId,
                processDefinitionId));
    }

    void record(LifeEventCase lifeEventCase, TimelineKind kind, String text, String agency, String source, String activityId) {
        record(lifeEventCase, kind, text, agency, source, activityId, null);
    }

    void record(LifeEventCase lifeEventCase, TimelineKind kind, String text, String agency, String source, String activityId,
                String processDefinitionId) {
        var entry = entries.save(new CaseTimelineEntry(lifeEventCase, clock.instant(), kind, text, agency, source, activityId,
                processDefinitionId));
        pageChanges.recorded(lifeEventCase.reference().value(), entry);
    }

    @Transactional(readOnly = true)
    public List<CaseTimelineEntry> of(LifeEventCase lifeEventCase) {
        return entries.findByLifeEventCaseOrderByOccurredAtAscIdAsc(lifeEventCase);
    }
}
