package no.lifecase.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTypes;
import no.lifecase.casefile.DateParameter;
import no.lifecase.casefile.InvalidField;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worklist API for an agency's caseworkers and their systems (ADR 0022). Only the agency's
 * caseworkers, its supervisors and administrators get in (403 otherwise; an unknown agency is 404);
 * a task of another agency is 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/agency/{agency}")
class WorklistController {

    static final int MAX_PAGE_SIZE = 100;
    private static final ZoneId NORWAY = DateParameter.NORWAY;

    private final AgencyCatalogue agencies;
    private final Worklist worklist;
    private final TaskAuditTrail auditTrail;
    private final AgencySla sla;
    private final CaseTypes caseTypes;

    WorklistController(AgencyCatalogue agencies, Worklist worklist, TaskAuditTrail auditTrail, AgencySla sla, CaseTypes caseTypes) {
        this.caseTypes = caseTypes;
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
    Worklist.Page tasks(@PathVariable String agency, Authentication authentication,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                        @RequestParam(defaultValue = "due,asc") String sort, @RequestParam(required = false) Boolean overdue,
                        @RequestParam(required = false) String dueBefore, @RequestParam(required = false) String lifeEvent,
                        @RequestParam(required = false) String assignee) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        checkPage(page, size);
        if (lifeEvent != null && caseTypes.find(lifeEvent).isEmpty()) {
            throw new InvalidField("lifeEvent", "lifeEvent must be one of the known life events");
        }
        return worklist.page(theAgency, new Worklist.Query(page, size, descending(sort), Boolean.TRUE.equals(overdue),
                DateParameter.instant("dueBefore", dueBefore, false), lifeEvent, assignee(assignee, caseworker)));
    }

    @GetMapping("/tasks/{taskId}")
    Worklist.TaskView task(@PathVariable String agency, @PathVariable String taskId, Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        return worklist.task(caseworker, agencyFor(caseworker, agency), taskId);
    }

    @PostMapping("/tasks/{taskId}/claim")
    Worklist.TaskView claim(@PathVariable String agency, @PathVariable String taskId, Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        return worklist.claim(caseworker, agencyFor(caseworker, agency), taskId);
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    Worklist.TaskView unclaim(@PathVariable String agency, @PathVariable String taskId, Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        return worklist.unclaim(caseworker, agencyFor(caseworker, agency), taskId);
    }

    /** The body is the form values keyed by field key, e.g. {@code {"childBenefitDecision": "granted"}}. */
    @PostMapping("/tasks/{taskId}/complete")
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
    AgencySla.Figures sla(@PathVariable String agency, Authentication authentication,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
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
    TaskAuditTrail.Page audit(@PathVariable String agency, Authentication authentication,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                              @RequestParam(required = false) String caseRef) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        if (!caseworker.mayAudit(theAgency)) {
            throw new WorklistProblem.Forbidden("Only the agency's supervisors can read its audit trail");
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
            throw new InvalidField("page", "page must be at most " + Integer.MAX_VALUE / size + " with size " + size);
        }
    }

    private Agency agencyFor(Caseworker caseworker, String id) {
        var agency = agencies.find(id).orElseThrow(() -> new WorklistProblem.NotFound("No agency '" + id + "'"));
        if (!caseworker.mayWorkFor(agency)) {
            throw new WorklistProblem.Forbidden("You do not work for " + agency.shortName());
        }
        return agency;
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
