package no.lifecase.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.maskinporten.MaskinportenUnavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    private static final String PROBLEM_JSON = "application/problem+json";

    private final CaseService cases;
    private final RegisterCheckedOpening opening;
    private final CaseTimeline timeline;
    private final DataAccessLog dataAccess;
    private final CasePlan plan;

    CaseController(CaseService cases, RegisterCheckedOpening opening, CaseTimeline timeline, DataAccessLog dataAccess, CasePlan plan) {
        this.cases = cases;
        this.opening = opening;
        this.timeline = timeline;
        this.dataAccess = dataAccess;
        this.plan = plan;
    }

    /** @param organisation only for the life events of an organisation, whose founder the subject is */
    record OpenCaseRequest(@Schema(example = "death-and-inheritance") String lifeEvent,
                           @Schema(description = "The person's fødselsnummer or D-number") String subject,
                           @Schema(description = "The organisasjonsnummer, for starting-a-business and "
                                   + "starting-a-voluntary-organisation only", example = "312345675") String organisation) {
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
    @Operation(summary = "Open a case",
            description = "Opens the case of a life event that a register announces, without waiting for the register's feed. "
                    + "The register must show what the announcement would have: a death in Folkeregisteret for "
                    + "death-and-inheritance; a child born in the last 30 days with a mother for having-a-child (the subject "
                    + "is the child); a move to Norway or a D-number for new-in-norway; for starting-a-business and "
                    + "starting-a-voluntary-organisation the organisation in Enhetsregisteret with a form of that life event, "
                    + "and the subject its founder. Life events the citizen starts are opened in the portal. One open case per "
                    + "life event and person (or organisation). Nothing is written unless the case is opened.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"lifeEvent\":\"death-and-inheritance\",\"subject\":\"03851598730\"}")))
    @ApiResponse(responseCode = "201", description = "The case is opened; Location is the case in this API")
    @ApiResponse(responseCode = "400", description = "The body is not JSON of this shape, or a field is missing or invalid; "
            + "`field` names it", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No staff login", content = @Content)
    @ApiResponse(responseCode = "403", description = "The staff user is not an administrator", content = @Content)
    @ApiResponse(responseCode = "409", description = "A case of this life event is already open for the person (or the "
            + "organisation); `reference` names it", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The register does not support the case (e.g. Folkeregisteret has no "
            + "death registered for this person), or the life event is one the citizen starts; `field` names the field and "
            + "`register` the register asked", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The register (or Maskinporten) does not answer; try again, after "
            + "Retry-After when the register said how long", headers = @Header(name = HttpHeaders.RETRY_AFTER,
            description = "Seconds to wait, when known", schema = @Schema(type = "integer")),
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CaseView> open(@RequestBody OpenCaseRequest request) {
        var lifeEvent = lifeEventOf(request.lifeEvent());
        var subject = Fodselsnummer.parse(request.subject(), "subject");
        var organisation = request.organisation() == null ? null : Organisasjonsnummer.parse(request.organisation(), "organisation");
        var opened = opening.open(lifeEvent, subject, organisation);
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

    @ExceptionHandler(CaseAlreadyOpen.class)
    ProblemDetail caseAlreadyOpen(CaseAlreadyOpen e) {
        var reference = e.reference().value();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A " + e.lifeEvent().id() + " case is already open for this subject: " + reference);
        problem.setTitle("Case already open");
        problem.setProperty("reference", reference);
        problem.setProperty("location", "/api/cases/" + reference);
        return problem;
    }

    @ExceptionHandler(CaseNotSupported.class)
    ProblemDetail caseNotSupported(CaseNotSupported e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle(e.register() == null ? "Life event not opened here" : "Not supported by the register");
        problem.setProperty("field", e.field());
        if (e.register() != null) {
            problem.setProperty("register", e.register());
        }
        return problem;
    }

    @ExceptionHandler(RegisterUnavailable.class)
    ResponseEntity<ProblemDetail> registerUnavailable(RegisterUnavailable e) {
        var response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
        // Whole seconds, rounded up: RFC 9110 has no fractions, and waiting too little earns another refusal.
        e.retryAfter().map(wait -> Math.max(1, wait.plusMillis(999).toSeconds()))
                .ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
        return response.body(unavailable(e.register()));
    }

    @ExceptionHandler(MaskinportenUnavailable.class)
    ResponseEntity<ProblemDetail> maskinportenUnavailable(MaskinportenUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(unavailable("maskinporten"));
    }

    /** Names the register, not the failure: its message may carry addresses of ours. Nothing was written. */
    private static ProblemDetail unavailable(String register) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                register + " does not answer, so the case cannot be checked and was not opened; try again later");
        problem.setTitle("Register unavailable");
        problem.setProperty("register", register);
        return problem;
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
