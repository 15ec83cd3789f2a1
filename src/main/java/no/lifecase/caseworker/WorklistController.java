package no.lifecase.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTypes;
import no.lifecase.casefile.DateParameter;
import no.lifecase.casefile.InvalidField;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worklist API for an agency's caseworkers and their systems (ADR 0022). Only the agency's
 * caseworkers, its supervisors and administrators get in (403 otherwise; an unknown agency is 404);
 * a task of another agency is 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/agency/{agency}")
@Tag(name = "Worklist", description = "An agency's tasks, its service-level figures and its audit trail")
@ApiResponse(responseCode = "403", description = "The user does not work for the agency (or may not do this with the task)")
@ApiResponse(responseCode = "404", description = "No agency has this id")
class WorklistController {

    static final int MAX_PAGE_SIZE = 100;
    private static final String LANG = "The language of names and labels: nb (bokmål), nn (nynorsk) or en; without it, the "
            + "Accept-Language header, else the agency's own (bokmål, or nynorsk where the agency writes nynorsk)";
    private static final ZoneId NORWAY = DateParameter.NORWAY;

    private final AgencyCatalogue agencies;
    private final Worklist worklist;
    private final TaskAuditTrail auditTrail;
    private final AgencySla sla;
    private final CaseTypes caseTypes;
    private final WorklistSearch search;
    private final StaffLanguage staffLanguage;

    WorklistController(AgencyCatalogue agencies, Worklist worklist, TaskAuditTrail auditTrail, AgencySla sla, CaseTypes caseTypes,
                       WorklistSearch search, StaffLanguage staffLanguage) {
        this.staffLanguage = staffLanguage;
        this.caseTypes = caseTypes;
        this.search = search;
        this.agencies = agencies;
        this.worklist = worklist;
        this.auditTrail = auditTrail;
        this.sla = sla;
    }

    /**
     * The agency's open tasks, soonest due first ({@code sort=due,desc} for the latest first), tasks without
     * a due date last.
     */
    @GetMapping("/tasks")
    @Operation(operationId = "listTasks", summary = "The agency's open tasks",
            description = "A page of the agency's open tasks, soonest due first, tasks without a due date last")
    @ApiResponse(responseCode = "200", description = "The page of tasks")
    @ApiResponse(responseCode = "400", description = "A filter, the search or the page is not valid; `field` names it")
    Worklist.Page tasks(@PathVariable String agency, Authentication authentication,
                        @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
                        @Parameter(description = "Tasks per page, 1 to " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size,
                        @Parameter(schema = @Schema(allowableValues = {"due,asc", "due,desc", "due"}))
                        @RequestParam(defaultValue = "due,asc") String sort,
                        @Parameter(description = "Only the tasks past their due date") @RequestParam(required = false) Boolean overdue,
                        @Parameter(description = "Only the tasks due before this time (a date, or a date and time with an offset)",
                                example = "2026-03-01") @RequestParam(required = false) String dueBefore,
                        @Parameter(description = "Only the tasks of this life event", example = "having-a-child")
                        @RequestParam(required = false) String lifeEvent,
                        @Parameter(description = "me: the caller's tasks; none: the tasks nobody has claimed",
                                schema = @Schema(allowableValues = {"me", "none"})) @RequestParam(required = false) String assignee,
                        @Parameter(description = "Only the tasks of the cases this finds: a case reference, the identity number of a "
                                + "person of the case, or a name (every word, in any order). A search by identity number or name is "
                                + "logged on each case found, as a look-up of the person by the caller", example = "LE-2026-000123")
                        @RequestParam(required = false) String q,
                        @Parameter(description = LANG, schema = @Schema(allowableValues = {"nb", "nn", "en"}))
                        @RequestParam(required = false) String lang,
                        @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        var language = staffLanguage.of(theAgency, lang, acceptLanguage);
        checkPage(page, size);
        if (lifeEvent != null && caseTypes.find(lifeEvent).isEmpty()) {
            throw new InvalidField("lifeEvent", "lifeEvent must be one of the known life events");
        }
        var dueBeforeTime = DateParameter.instant("dueBefore", dueBefore, false);
        var theAssignee = assignee(assignee, caseworker);
        var found = q == null ? null : search.find(WorklistSearch.parse(q));
        var result = worklist.page(theAgency, new Worklist.Query(page, size, descending(sort), Boolean.TRUE.equals(overdue),
                dueBeforeTime, lifeEvent, theAssignee, found == null ? null : found.caseRefs()), language);
        if (found != null) {
            search.logLookUps(caseworker, theAgency, found, worklist.casesWithTasks(theAgency, found.caseRefs()));
        }
        return result;
    }

    @GetMapping("/tasks/{taskId}")
    @Operation(operationId = "getTask", summary = "A task with its form and its case",
            description = "The task, the fields of its form, each with its rules, and its case: reference, life event, the person "
                    + "it is about (name and age; the parents and the home address where the task needs them, never a protected "
                    + "address), what the case read from which register, and the link to its timeline. Reading the person is "
                    + "logged on the case as a register read with the case's purpose")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "400", description = "`lang` is not nb, nn or en")
    @ApiResponse(responseCode = "404", description = "No agency has this id, or the task is not (or no longer) one of the agency's")
    Worklist.TaskView task(@PathVariable String agency, @PathVariable String taskId, Authentication authentication,
                           @Parameter(description = LANG, schema = @Schema(allowableValues = {"nb", "nn", "en"}))
                           @RequestParam(required = false) String lang,
                           @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                           String acceptLanguage) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        return worklist.task(caseworker, theAgency, taskId, staffLanguage.of(theAgency, lang, acceptLanguage));
    }

    /** The case's timeline as staff read it, for the agency that has a task on the case (docs/adr/0059). */
    @GetMapping("/tasks/{taskId}/timeline")
    @Operation(operationId = "getTaskTimeline", summary = "The timeline of a task's case",
            description = "What has happened on the case of the task, oldest first, as long as the task is the agency's")
    @ApiResponse(responseCode = "200", description = "The case's timeline")
    @ApiResponse(responseCode = "404", description = "No agency has this id, or the task is not (or no longer) one of the agency's")
    java.util.List<no.lifecase.casefile.CaseViews.TimelineEntryView> timeline(@PathVariable String agency, @PathVariable String taskId,
                                                                          Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        return worklist.timeline(agencyFor(caseworker, agency), taskId);
    }

    @PostMapping("/tasks/{taskId}/claim")
    @Operation(operationId = "claimTask", summary = "Claim a task", description = "The caller takes the task; claiming it again is allowed")
    @ApiResponse(responseCode = "200", description = "The task, claimed by the caller")
    @ApiResponse(responseCode = "404", description = "No agency has this id, or the task is not (or no longer) one of the agency's")
    @ApiResponse(responseCode = "409", description = "A colleague has claimed the task, or changed it meanwhile")
    Worklist.TaskView claim(@PathVariable String agency, @PathVariable String taskId, Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        return worklist.claim(caseworker, theAgency, taskId, staffLanguage.of(theAgency));
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    @Operation(operationId = "unclaimTask", summary = "Put a task back",
            description = "The task is nobody's again; only the caseworker who claimed it or a supervisor can put it back")
    @ApiResponse(responseCode = "200", description = "The task, claimed by nobody")
    @ApiResponse(responseCode = "404", description = "No agency has this id, or the task is not (or no longer) one of the agency's")
    @ApiResponse(responseCode = "409", description = "The task was changed meanwhile")
    Worklist.TaskView unclaim(@PathVariable String agency, @PathVariable String taskId, Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        return worklist.unclaim(caseworker, theAgency, taskId, staffLanguage.of(theAgency));
    }

    /** The body is the form values keyed by field key, e.g. {@code {"childBenefitDecision": "granted"}}. */
    @PostMapping("/tasks/{taskId}/complete")
    @Operation(operationId = "completeTask", summary = "Complete a task",
            description = "Completes the task with the values of its form, checked against the form's rules; an unclaimed task "
                    + "is claimed by the caller first")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The form values keyed by field key",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE),
                    examples = @ExampleObject(value = "{\"childBenefitDecision\":\"granted\"}")))
    @ApiResponse(responseCode = "204", description = "The task is completed")
    @ApiResponse(responseCode = "400", description = "The body is not a JSON object, or form values break the form's rules; "
            + "`errors` names each field")
    @ApiResponse(responseCode = "404", description = "No agency has this id, or the task is not (or no longer) one of the agency's")
    @ApiResponse(responseCode = "409", description = "A colleague has claimed the task, or changed it meanwhile")
    ResponseEntity<Void> complete(@PathVariable String agency, @PathVariable String taskId, Authentication authentication,
                                  @RequestBody(required = false) JsonNode values) {
        var caseworker = Caseworker.of(authentication);
        worklist.complete(caseworker, agencyFor(caseworker, agency), taskId, values);
        return ResponseEntity.noContent().build();
    }

    /**
     * The agency's service-level figures (ADR 0025): open and overdue tasks, and for tasks completed between
     * {@code from} and {@code to} (dates, inclusive, Norwegian time; optional) how many, how many late, and the
     * median and 90th percentile time to complete, without the time the case waited for the citizen.
     */
    @GetMapping("/sla")
    @Operation(operationId = "getAgencySla", summary = "The agency's service-level figures",
            description = "Open and overdue tasks now, and for the tasks completed in the period how many, how many late, and "
                    + "the median and 90th percentile time to complete, without the time the case waited for the citizen")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "`from` or `to` is not a date, or `to` is before `from`; `field` names it")
    AgencySla.Figures sla(@PathVariable String agency, Authentication authentication,
                          @Parameter(description = "First day of the period (inclusive, Norwegian time)", example = "2026-01-01")
                          @RequestParam(required = false) String from,
                          @Parameter(description = "Last day of the period (inclusive, Norwegian time)", example = "2026-01-31")
                          @RequestParam(required = false) String to) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        var fromDate = DateParameter.date("from", from);
        var toDate = DateParameter.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidField("to", "to must not be before from");
        }
        return sla.of(theAgency, fromDate == null ? null : fromDate.atStartOfDay(NORWAY).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(NORWAY).toInstant());
    }

    /** Who did what with the agency's tasks, newest first: for its supervisors and administrators. */
    @GetMapping("/audit")
    @Operation(operationId = "getAgencyAudit", summary = "The agency's audit trail",
            description = "Who claimed, put back and completed which of the agency's tasks, with which values, newest first")
    @ApiResponse(responseCode = "200", description = "The page of entries")
    @ApiResponse(responseCode = "400", description = "The page is not valid; `field` names it")
    @ApiResponse(responseCode = "403", description = "The user is not one of the agency's supervisors")
    TaskAuditTrail.Page audit(@PathVariable String agency, Authentication authentication,
                              @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
                              @Parameter(description = "Entries per page, 1 to " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "50") int size,
                              @Parameter(description = "Only the entries of this case", example = "LE-2026-000001")
                              @RequestParam(required = false) String caseRef) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        if (!caseworker.mayAudit(theAgency)) {
            throw new WorklistProblem.Forbidden("Only the agency's supervisors can read its audit trail", "onlySupervisorsAudit");
        }
        checkPage(page, size);
        return auditTrail.of(theAgency, caseRef, page, size);
    }

    /** The first task of a page must be one the engine and the database can count to (an int offset). */
    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidField("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            var lastPage = Integer.MAX_VALUE / size;
            throw new InvalidField("page", "page must be at most " + lastPage + " with size " + size, "pageTooFar", lastPage, size);
        }
    }

    private Agency agencyFor(Caseworker caseworker, String id) {
        return caseworker.workingFor(agencies, id);
    }

    private static boolean descending(String sort) {
        return switch (sort) {
            case "due", "due,asc" -> false;
            case "due,desc" -> true;
            default -> throw new InvalidField("sort", "sort must be due,asc or due,desc");
        };
    }

    private static String assignee(String assignee, Caseworker caseworker) {
        if (assignee == null || assignee.isBlank()) {
            return null;
        }
        return switch (assignee) {
            case "me" -> caseworker.userId();
            case "none" -> Worklist.UNASSIGNED;
            default -> throw new InvalidField("assignee", "assignee must be me or none");
        };
    }
}
