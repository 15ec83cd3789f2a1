package no.lifecase.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lifecase.caseworker.FormValues;
import no.lifecase.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen starts a life event that no register announces, through the API: the same start forms, checks and
 * rules as the portal's pages ({@link CitizenStarts}). A refusal is 403 (the citizen may not start it, whatever the
 * answers' shape), a form problem 422 (a malformed identity number too, ADR 0036), both naming the field; see ADR 0018.
 */
@RestController
@RequestMapping(PortalSecurity.API + "/life-events")
@Tag(name = "Life events I start", description = "The life events no register announces, started by the citizen")
class CitizenLifeEventsApi {

    private final CitizenStarts starts;
    private final MessageSource messages;

    CitizenLifeEventsApi(CitizenStarts starts, MessageSource messages) {
        this.starts = starts;
        this.messages = messages;
    }

    /** The answer to a successful start. */
    @Schema(name = "LifeEventStarted", description = "The case opened by starting a life event")
    record Started(@Schema(example = "LE-2026-000123") String reference, @Schema(example = "losing-and-finding-a-job") String lifeEvent,
                   @Schema(example = "/api/citizen/cases/LE-2026-000123") String location) {
    }

    @GetMapping
    @Operation(operationId = "listStartableLifeEvents", summary = "Life events I can start",
            description = "The life events a citizen starts themselves (no register announces them), each with its start form's "
                    + "questions and rules and whether the current login's level is high enough; labels and options in the "
                    + "language chosen in the portal (bokmål unless nynorsk or English is chosen)")
    @ApiResponse(responseCode = "200", description = "The life events; empty if none is deployed")
    List<StartableLifeEvent> startable(@AuthenticationPrincipal CitizenUser citizen, Locale locale) {
        return starts.startable().stream().map(startable -> StartableLifeEvent.of(startable, citizen, Language.of(locale))).toList();
    }

    @PostMapping("/{id}")
    @Operation(operationId = "startLifeEvent", summary = "Start a life event",
            description = "Checks the answers against the start form, asks the life event's rule who the case is about and whether "
                    + "the citizen may start it, and opens the case. Nothing is written unless the case is opened. Needs the "
                    + "session's CSRF token (X-CSRF-TOKEN header).")
    @RequestBody(description = "The start form's answers, keyed by field key; dates as ISO 8601 text", required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE), examples = @ExampleObject(
                    value = "{\"lastWorkingDay\":\"2026-11-30\",\"reason\":\"dismissed\",\"employerOrganisationNumber\":\"974760673\"}")))
    @ApiResponse(responseCode = "201", description = "The case is opened; Location is the case in this API",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The case in this API", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = Started.class)))
    @ApiResponse(responseCode = "400", description = "The body is not a JSON object")
    @ApiResponse(responseCode = "403", description = "The citizen may not start it (the life event's rule or the login level "
            + "refused; `field` and `messageKey` say why), or the CSRF token is missing")
    @ApiResponse(responseCode = "404", description = "No such life event, not one a citizen starts, or its process is not deployed")
    @ApiResponse(responseCode = "422", description = "The answers break the start form's rules, an identity number's check "
            + "digits or date included; `field` names the first, `errors` lists them all")
    ResponseEntity<?> start(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id,
                            @org.springframework.web.bind.annotation.RequestBody JsonNode answers, Locale locale) {
        var startable = starts.find(id);
        if (answers == null || !answers.isObject()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body must be a JSON object of answers, keyed by field key");
            problem.setTitle("Malformed answers");
            problem.setProperty("field", "answers");
            return ResponseEntity.badRequest().body(problem);
        }
        var outcome = starts.start(citizen, startable, answers);
        if (outcome instanceof CitizenStarts.Outcome.Started started) {
            var reference = started.lifeEventCase().reference().value();
            var location = PortalSecurity.API + "/cases/" + reference;
            return ResponseEntity.created(URI.create(location)).body(new Started(reference, id, location));
        }
        if (outcome instanceof CitizenStarts.Outcome.Invalid invalid) {
            var problems = invalid.problems().stream().map(FormValues.Refusal::inEnglish).toList();
            var first = problems.get(0);
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, first.detail());
            problem.setTitle("Invalid answers");
            problem.setProperty("field", first.field());
            problem.setProperty("errors", problems.stream()
                    .map(one -> Map.of("field", one.field(), "detail", one.detail())).toList());
            return ResponseEntity.unprocessableEntity().body(problem);
        }
        var refused = (CitizenStarts.Outcome.Refused) outcome;
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
        problem.setTitle("Not allowed to start this life event");
        problem.setProperty("messageKey", refused.messageKey());
        if (refused.field() != null) {
            problem.setProperty("field", refused.field());
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(CitizenStarts.NotStartable.class)
    ProblemDetail notStartable(CitizenStarts.NotStartable e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(e.notDeployed() ? "Life event not available" : "Life event not found");
        return problem;
    }
}
