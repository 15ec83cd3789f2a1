package no.lifecase.casefile;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.LifeEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case API for staff and agency systems: open a case, read it with its timeline. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseService cases;
    private final CaseTimeline timeline;
    private final DataAccessLog dataAccess;
    private final CasePlan plan;

    CaseController(CaseService cases, CaseTimeline timeline, DataAccessLog dataAccess, CasePlan plan) {
        this.cases = cases;
        this.timeline = timeline;
        this.dataAccess = dataAccess;
        this.plan = plan;
    }

    record OpenCaseRequest(String lifeEvent, String subject) {
    }

    record TimelineEntryView(Instant occurredAt, TimelineKind kind, String text, String agency, String source) {
    }

    record DataAccessView(Instant accessedAt, String register, String purpose, String legalBasis, String about,
                          List<String> fields) {
    }

    record CaseView(String reference, String lifeEvent, String subject, CaseStatus status, Instant openedAt,
                    Instant closedAt, List<TimelineEntryView> timeline, List<DataAccessView> dataAccess) {
    }

    @PostMapping
    ResponseEntity<CaseView> open(@RequestBody OpenCaseRequest request) {
        var lifeEvent = lifeEventOf(request.lifeEvent());
        var subject = Fodselsnummer.parse(request.subject(), "subject");
        var opened = cases.open(lifeEvent, subject);
        return ResponseEntity.created(URI.create("/api/cases/" + opened.reference().value())).body(viewOf(opened));
    }

    @GetMapping("/{reference}")
    CaseView get(@PathVariable String reference) {
        return viewOf(find(reference));
    }

    /** The steps still ahead: in progress, next, and possible depending on a decision. */
    @GetMapping("/{reference}/plan")
    List<CasePlan.Step> plan(@PathVariable String reference) {
        return plan.of(find(reference));
    }

    private LifeEventCase find(String reference) {
        if (!CaseReference.isValid(reference)) {
            throw new CaseNotFound();
        }
        return cases.find(CaseReference.of(reference)).orElseThrow(CaseNotFound::new);
    }

    private static LifeEvent lifeEventOf(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidField("lifeEvent", "lifeEvent is required");
        }
        return LifeEvent.fromId(id).orElseThrow(() -> new InvalidField("lifeEvent",
                "lifeEvent must be one of the known life events, see GET /api/life-events"));
    }

    private CaseView viewOf(LifeEventCase lifeEventCase) {
        var entries = timeline.of(lifeEventCase).stream()
                .map(entry -> new TimelineEntryView(entry.occurredAt(), entry.kind(), entry.text(), entry.agency(), entry.source()))
                .toList();
        var reads = dataAccess.of(lifeEventCase).stream()
                .map(read -> new DataAccessView(read.accessedAt(), read.register(), read.purpose(), read.legalBasis(), read.about(), read.fields()))
                .toList();
        return new CaseView(lifeEventCase.reference().value(), lifeEventCase.lifeEventId(), lifeEventCase.subject().value(),
                lifeEventCase.status(), lifeEventCase.openedAt(), lifeEventCase.closedAt(), entries, reads);
    }
}
