package no.lifecase.casefile;

import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/** A case as the case API shows it: its row, its timeline and every register read with its purpose. */
@Component
public class CaseViews {

    private final CaseTimeline timeline;
    private final DataAccessLog dataAccess;

    CaseViews(CaseTimeline timeline, DataAccessLog dataAccess) {
        this.timeline = timeline;
        this.dataAccess = dataAccess;
    }

    public record TimelineEntryView(Instant occurredAt, TimelineKind kind, String text, @Nullable String agency, String source) {
    }

    /** @param accessedBy the caseworker (and agency) who found the case by the person, for a worklist search */
    public record DataAccessView(Instant accessedAt, String register, String purpose, String legalBasis, String about,
                                 List<String> fields, @Nullable String accessedBy) {
    }

    public record CaseView(String reference, String lifeEvent, String subject, CaseStatus status, Instant openedAt,
                           @Nullable Instant closedAt, List<TimelineEntryView> timeline, List<DataAccessView> dataAccess) {
    }

    public CaseView of(LifeEventCase lifeEventCase) {
        var entries = timeline.of(lifeEventCase).stream()
                .map(entry -> new TimelineEntryView(entry.occurredAt(), entry.kind(), entry.text(), entry.agency(), entry.source()))
                .toList();
        var reads = dataAccess.of(lifeEventCase).stream()
                .map(read -> new DataAccessView(read.accessedAt(), read.register(), read.purpose(), read.legalBasis(), read.about(), read.fields(),
                        read.accessedBy()))
                .toList();
        return new CaseView(lifeEventCase.reference().value(), lifeEventCase.lifeEventId(), lifeEventCase.subject().value(),
                lifeEventCase.status(), lifeEventCase.openedAt(), lifeEventCase.closedAt(), entries, reads);
    }
}
