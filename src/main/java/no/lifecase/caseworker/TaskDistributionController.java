package no.lifecase.caseworker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.InvalidField;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing out an agency's work (docs/adr/0060-a-worklist-to-run-a-day-on.md): several tasks claimed or assigned at once,
 * a task handed to another agency of the same kind, and the supervisors' view of who holds what. The same door as the
 * worklist ({@link WorklistController}): the agency's caseworkers, supervisors and administrators only.
 */
@RestController
@RequestMapping("/api/agency/{agency}")
@Tag(name = "Worklist")
@ApiResponse(responseCode = "403", description = "The user does not work for the agency (or may not do this with the task)")
@ApiResponse(responseCode = "404", description = "No agency has this id, or a task is not (or no longer) one of the agency's")
class TaskDistributionController {

    static final int MAX_TASKS = 100;

    @Schema(name = "TaskIds", description = "The tasks to claim")
    record TaskIds(@ArraySchema(minItems = 1, maxItems = MAX_TASKS) List<String> taskIds) {
    }

    @Schema(name = "Assignment", description = "The tasks and the colleague to give them to")
    record Assignment(@ArraySchema(minItems = 1, maxItems = MAX_TASKS) List<String> taskIds,
                      @Schema(description = "The colleague's user id", example = "nav2") String assignee) {
    }

    @Schema(name = "HandOver", description = "The agency to hand the task to, and why")
    record HandOver(@Schema(description = "The agency's id: of the same kind (municipality, health trust, Nav office, court)",
                            example = "kommune-0301") String agency,
                    @Schema(description = "Why the other agency should have it; kept in the audit, not shown to the citizen",
                            maxLength = TaskAuditEntry.MAX_REASON, example = "The family has moved to Oslo") String reason) {
    }

    @Schema(name = "Tasks")
    record Tasks(List<Worklist.TaskView> tasks) {
    }

    private final AgencyCatalogue agencies;
    private final TaskDistribution distribution;

    TaskDistributionController(AgencyCatalogue agencies, TaskDistribution distribution) {
        this.agencies = agencies;
        this.distribution = distribution;
    }

    @PostMapping("/tasks/claim")
    @Operation(operationId = "claimTasks", summary = "Claim several tasks",
            description = "The caller takes every one of the tasks, or none: if a colleague has claimed one, nothing is claimed")
    @ApiResponse(responseCode = "200", description = "The tasks, claimed by the caller")
    @ApiResponse(responseCode = "400", description = "No task ids, too many, or a blank one; `field` names it")
    @ApiResponse(responseCode = "409", description = "A colleague has claimed one of the tasks, or changed it meanwhile")
    Tasks claim(@PathVariable String agency, Authentication authentication, @RequestBody TaskIds body) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        return new Tasks(distribution.claimAll(caseworker, theAgency, taskIds(body == null ? null : body.taskIds())));
    }

    @PostMapping("/tasks/assign")
    @Operation(operationId = "assignTasks", summary = "Assign tasks to a colleague",
            description = "Gives every one of the tasks, or none, to a caseworker of the same agency. A caseworker gives the tasks "
                    + "nobody has claimed and their own; a supervisor any")
    @ApiResponse(responseCode = "200", description = "The tasks, assigned to the colleague")
    @ApiResponse(responseCode = "400", description = "No task ids, too many, a blank one, or no assignee; `field` names it")
    @ApiResponse(responseCode = "409", description = "A task was changed meanwhile")
    @ApiResponse(responseCode = "422", description = "The assignee is not a caseworker of the agency")
    Tasks assign(@PathVariable String agency, Authentication authentication, @RequestBody Assignment body) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        var taskIds = taskIds(body == null ? null : body.taskIds());
        if (body == null || body.assignee() == null || body.assignee().isBlank() || body.assignee().length() > 255) {
            throw new InvalidField("assignee", "assignee must be the user id of a caseworker of the agency", "assigneeMissing");
        }
        return new Tasks(distribution.assign(caseworker, theAgency, taskIds, body.assignee()));
    }

    @PostMapping("/tasks/{taskId}/hand-over")
    @Operation(operationId = "handOverTask", summary = "Hand a task to another agency",
            description = "The task goes to another agency of the same kind (municipality to municipality, health trust to health "
                    + "trust, Nav office to Nav office), unclaimed; this agency no longer sees it. The audit keeps the reason; the "
                    + "citizen's timeline says which agency has it now")
    @ApiResponse(responseCode = "200", description = "The task, now the other agency's")
    @ApiResponse(responseCode = "400", description = "No agency, an unknown one, or no reason (or a too long one); `field` names it")
    @ApiResponse(responseCode = "409", description = "The task was changed meanwhile")
    @ApiResponse(responseCode = "422", description = "The other agency is of another kind, or is this agency")
    Worklist.TaskView handOver(@PathVariable String agency, @PathVariable String taskId, Authentication authentication,
                               @RequestBody HandOver body) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        if (body == null || body.agency() == null || body.agency().isBlank()) {
            throw new InvalidField("agency", "agency must be the id of the agency to hand the task to", "handOverAgencyMissing");
        }
        var to = agencies.find(body.agency()).orElseThrow(() -> new InvalidField("agency", "agency must be the id of a known agency", "handOverAgencyUnknown"));
        if (body.reason() == null || body.reason().isBlank()) {
            throw new InvalidField("reason", "reason must say why the other agency should have the task", "handOverReasonMissing");
        }
        if (body.reason().length() > TaskAuditEntry.MAX_REASON) {
            throw new InvalidField("reason", "reason must be at most " + TaskAuditEntry.MAX_REASON + " characters",
                    "handOverReasonTooLong", TaskAuditEntry.MAX_REASON);
        }
        return distribution.handOver(caseworker, theAgency, taskId, to, body.reason().strip());
    }

    @GetMapping("/holders")
    @Operation(operationId = "getTaskHolders", summary = "Who holds the agency's tasks",
            description = "For the agency's supervisors: each caseworker holding open tasks, how many and how many overdue; and the "
                    + "tasks nobody has claimed")
    @ApiResponse(responseCode = "200", description = "The holders")
    TaskDistribution.Holders holders(@PathVariable String agency, Authentication authentication) {
        var caseworker = Caseworker.of(authentication);
        var theAgency = agencyFor(caseworker, agency);
        if (!caseworker.mayAudit(theAgency)) {
            throw new WorklistProblem.Forbidden("Only the agency's supervisors can see who holds its tasks", "onlySupervisorsSeeHolders");
        }
        return distribution.holders(theAgency);
    }

    private static List<String> taskIds(List<String> taskIds) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw new InvalidField("taskIds", "taskIds must name at least one task", "taskIdsMissing");
        }
        if (taskIds.size() > MAX_TASKS) {
            throw new InvalidField("taskIds", "taskIds must name at most " + MAX_TASKS + " tasks", "taskIdsTooMany", MAX_TASKS);
        }
        if (taskIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidField("taskIds", "taskIds must not hold an empty id", "taskIdsBlank");
        }
        return taskIds;
    }

    private Agency agencyFor(Caseworker caseworker, String id) {
        return caseworker.workingFor(agencies, id);
    }
}
