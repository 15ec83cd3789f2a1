package no.lifecase.lifeevent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import no.lifecase.casefile.CaseAlreadyOpen;
import no.lifecase.casefile.CaseNotSupported;
import no.lifecase.casefile.CaseViews;
import no.lifecase.casefile.InvalidField;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.maskinporten.MaskinportenUnavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case API's door for opening a case of a life event that a register announces: the life event's own start rule
 * checks the register first ({@link RegisterCheckedOpening}). Reading a case is the case file's ({@code GET /api/cases/{reference}}).
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Life-event cases: opened, read, and what comes next")
class CaseOpeningController {

    private final LifeEvents lifeEvents;
    private final RegisterCheckedOpening opening;
    private final CaseViews views;

    CaseOpeningController(LifeEvents lifeEvents, RegisterCheckedOpening opening, CaseViews views) {
        this.lifeEvents = lifeEvents;
        this.opening = opening;
        this.views = views;
    }

    /** @param organisation only for the life events of an organisation, whose founder the subject is */
    record OpenCaseRequest(@Schema(example = "death-and-inheritance", requiredMode = Schema.RequiredMode.REQUIRED) String lifeEvent,
                           @Schema(description = "The person's fødselsnummer or D-number", example = "03851598730",
                                   requiredMode = Schema.RequiredMode.REQUIRED) String subject,
                           @Nullable @Schema(description = "The organisasjonsnummer, for the life events of an organisation only",
                                   example = "312345675") String organisation) {
    }


    @PostMapping
    @Operation(operationId = "openCase", summary = "Open a case",
            description = "Opens the case of a life event that a register announces (GET /api/life-events names them and "
                    + "their registers), without waiting for the register's feed. The register must show what the "
                    + "announcement would have, e.g. a death in Folkeregisteret; for the life events of an organisation, the "
                    + "organisation in Enhetsregisteret with a form of that life event, and the subject its founder. Life events "
                    + "the citizen starts are opened in the portal. One open case per life event and person (or organisation). "
                    + "Nothing is written unless the case is opened.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"lifeEvent\":\"death-and-inheritance\",\"subject\":\"03851598730\"}")))
    @ApiResponse(responseCode = "201", description = "The case is opened; Location is the case in this API",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The case in this API", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The body is not JSON of this shape, or a field is missing or invalid; "
            + "`field` names it")
    @ApiResponse(responseCode = "401", description = "No staff login, or a wrong user name or password")
    @ApiResponse(responseCode = "403", description = "The staff user is not an administrator")
    @ApiResponse(responseCode = "409", description = "A case of this life event is already open for the person (or the "
            + "organisation); `reference` names it")
    @ApiResponse(responseCode = "422", description = "The register does not support the case (e.g. Folkeregisteret has no "
            + "death registered for this person), or the life event is one the citizen starts; `field` names the field and "
            + "`register` the register asked")
    @ApiResponse(responseCode = "503", description = "The register (or Maskinporten) does not answer; try again, after "
            + "Retry-After when the register said how long", headers = @Header(name = HttpHeaders.RETRY_AFTER,
            description = "Seconds to wait, when known", schema = @Schema(type = "integer")))
    ResponseEntity<CaseViews.CaseView> open(@RequestBody OpenCaseRequest request) {
        var lifeEvent = lifeEventOf(request.lifeEvent());
        var subject = Fodselsnummer.parse(request.subject(), RegisterStart.SUBJECT);
        var organisation = request.organisation() == null ? null : Organisasjonsnummer.parse(request.organisation(), "organisation");
        var opened = opening.open(lifeEvent, subject, organisation);
        return ResponseEntity.created(URI.create("/api/cases/" + opened.reference().value())).body(views.of(opened));
    }


    private LifeEvent lifeEventOf(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidField("lifeEvent", "lifeEvent is required");
        }
        return lifeEvents.find(id).orElseThrow(() -> new InvalidField("lifeEvent",
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
}
