package no.lifecase.caseworker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyKind;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.TimelineKind;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an agency shares out its work (docs/adr/0060-a-worklist-to-run-a-day-on.md): claiming several tasks at once,
 * assigning tasks to a colleague of the agency, handing a task to another agency of the same kind, and who holds what.
 * The caller has been checked to work for the agency; Lifecase checks who may do what here, and then changes the task
 * for them ({@link TaskActor}), since the engine's own grants let a caseworker work a task but not re-route it.
 */
@Service
class TaskDistribution {

    /** What one holder has of the agency's open tasks. */
    @Schema(name = "TaskHolder")
    record Holder(String userId, @Nullable String name, long open, long overdue) {
    }

    /** Who holds the agency's open tasks, and how many nobody has claimed. */
    @Schema(name = "TaskHolders")
    record Holders(String agency, long open, long overdue, long unclaimed, long unclaimedOverdue, List<Holder> holders) {
    }

    private static final Logger log = LoggerFactory.getLogger(TaskDistribution.class);

    private final Worklist worklist;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TaskAuditRepository audit;
    private final CaseTimeline timeline;
    private final Clock clock;
    private final StaffLanguage staffLanguage;

    TaskDistribution(Worklist worklist, TaskService tasks, RuntimeService runtime, IdentityService identity,
                     AuthorizationService authorizations, TaskAuditRepository audit, CaseTimeline timeline, Clock clock,
                     StaffLanguage staffLanguage) {
        this.staffLanguage = staffLanguage;
        this.authorizations = authorizations;
        this.worklist = worklist;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Claims every one of the tasks for the caller, or none of them: one claimed by a colleague refuses them all. */
    @Transactional
    public List<Worklist.TaskView> claimAll(Caseworker caseworker, Agency agency, List<String> taskIds) {
        var claimed = new ArrayList<Worklist.TaskView>();
        for (var taskId : new LinkedHashSet<>(taskIds)) {
            claimed.add(worklist.claim(caseworker, agency, taskId, staffLanguage.of(agency)));
        }
        return claimed;
    }

    /**
     * Gives every one of the tasks to a colleague of the same agency, or none of them. A caseworker gives away the tasks
     * nobody has claimed and their own; a supervisor any task of the agency.
     */
    @Transactional
    public List<Worklist.TaskView> assign(Caseworker caseworker, Agency agency, List<String> taskIds, String colleague) {
        if (identity.createUserQuery().userId(colleague).memberOfGroup(agency.id()).count() == 0) {
            throw new WorklistProblem.Unprocessable("Not a colleague",
                    "Tasks of " + agency.shortName() + " can be assigned only to one of its caseworkers", "notAColleague", agency.shortName());
        }
        var assigned = new ArrayList<Worklist.TaskView>();
        for (var taskId : new LinkedHashSet<>(taskIds)) {
            var task = worklist.find(agency, taskId);
            mayPassOn(caseworker, agency, task, "assign", "onlyClaimantAssigns");
            if (!colleague.equals(task.getAssignee())) {
                TaskActor.actingAs(caseworker.userId(), () -> tasks.setAssignee(taskId, colleague));
            }
            assigned.add(worklist.summary(agency, taskId, staffLanguage.of(agency)));
        }
        return assigned;
    }

    /**
     * Hands the task to another agency of the same kind, which then has it in its worklist instead: unclaimed, with its
     * due date, escalated to the new agency's supervisors if it was to the old one's. The audit keeps the reason; the
     * case's timeline names the agency that has it now.
     */
    @Transactional
    public Worklist.TaskView handOver(Caseworker caseworker, Agency agency, String taskId, Agency to, String reason) {
        var task = worklist.find(agency, taskId);
        mayPassOn(caseworker, agency, task, "hand over", "onlyClaimantHandsOver");
        if (to.id().equals(agency.id())) {
            throw new WorklistProblem.Unprocessable("Same agency", "The task is already " + agency.shortName() + "'s", "sameAgency",
                    agency.shortName());
        }
        if (!sameKind(agency, to)) {
            throw new WorklistProblem.Unprocessable("Another kind of agency",
                    agency.shortName() + " can hand a task only to another agency of the same kind, not to " + to.shortName(),
                    "anotherKindOfAgency", agency.shortName(), to.shortName());
        }
        var caseRef = caseRefOf(task);
        TaskActor.actingAs(caseworker.userId(), () -> {
            if (task.getAssignee() != null) {
                tasks.setAssignee(taskId, null);
            }
            boolean escalated = false;
            for (var link : tasks.getIdentityLinksForTask(taskId)) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    if (link.getGroupId().equals(agency.supervisorsGroupId())) {
                        escalated = true;
                        tasks.deleteCandidateGroup(taskId, link.getGroupId());
                    } else if (link.getGroupId().equals(agency.id())) {
                        tasks.deleteCandidateGroup(taskId, link.getGroupId());
                    }
                }
            }
            tasks.addCandidateGroup(taskId, to.id());
            if (escalated) {
                tasks.addCandidateGroup(taskId, to.supervisorsGroupId());
            }
            revokeAllBut(taskId, Set.of(to.id(), to.supervisorsGroupId()));
        });
        audit.save(TaskAuditEntry.handedOver(clock.instant(), caseworker.userId(), agency.id(), to.id(), reason, caseRef, taskId,
                task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId()));
        timeline.record(caseRef, TimelineKind.HANDED_OVER,
                agency.shortName() + " has handed \"" + task.getName() + "\" over to " + to.shortName(),
                to.id(), TaskAudit.SOURCE_AGENCY, task.getTaskDefinitionKey());
        log.info("Task {} ({}) of case {} handed over from {} to {} by {}", taskId, task.getTaskDefinitionKey(), caseRef, agency.id(),
                to.id(), caseworker.userId());
        return worklist.summary(to, taskId, staffLanguage.of(to));
    }

    /**
     * The engine grants a task's candidate groups and every assignee it has had a permission on it, and keeps them when
     * the group or the assignee goes: only the groups that have the task now keep theirs, so the old agency's staff no
     * longer see it in Tasklist either.
     */
    private void revokeAllBut(String taskId, Set<String> groups) {
        for (var grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).list()) {
            if (grant.getGroupId() == null || !groups.contains(grant.getGroupId())) {
                authorizations.deleteAuthorization(grant.getId());
            }
        }
    }

    /** Who holds how many of the agency's open tasks and how many of them are overdue; and the unclaimed ones. */
    @Transactional(readOnly = true)
    public Holders holders(Agency agency) {
        var now = Date.from(clock.instant());
        var perHolder = new TreeMap<String, long[]>();
        for (var task : tasks.createTaskQuery().taskCandidateGroup(agency.id()).includeAssignedTasks().taskAssigned().active().list()) {
            var counts = perHolder.computeIfAbsent(task.getAssignee(), user -> new long[2]);
            counts[0]++;
            if (task.getDueDate() != null && task.getDueDate().before(now)) {
                counts[1]++;
            }
        }
        long unclaimed = tasks.createTaskQuery().taskCandidateGroup(agency.id()).taskUnassigned().active().count();
        long unclaimedOverdue = tasks.createTaskQuery().taskCandidateGroup(agency.id()).taskUnassigned().active().dueBefore(now).count();
        var holders = new ArrayList<Holder>();
        long open = unclaimed;
        long overdue = unclaimedOverdue;
        for (Map.Entry<String, long[]> entry : perHolder.entrySet()) {
            holders.add(new Holder(entry.getKey(), nameOf(entry.getKey()), entry.getValue()[0], entry.getValue()[1]));
            open += entry.getValue()[0];
            overdue += entry.getValue()[1];
        }
        return new Holders(agency.id(), open, overdue, unclaimed, unclaimedOverdue, holders);
    }

    /**
     * Kommune to kommune, health trust to health trust, court to court; among the state agencies only Nav's offices
     * (Nav and Nav Vikafossen) do the same work, so only they pass tasks to each other.
     */
    static boolean sameKind(Agency from, Agency to) {
        if (from.kind() != to.kind()) {
            return false;
        }
        return from.kind() != AgencyKind.STATE_AGENCY || isNavOffice(from) && isNavOffice(to);
    }

    private static boolean isNavOffice(Agency agency) {
        return agency.id().equals("nav") || agency.id().startsWith("nav-");
    }

    private static void mayPassOn(Caseworker caseworker, Agency agency, Task task, String what, String code) {
        boolean othersTask = task.getAssignee() != null && !task.getAssignee().equals(caseworker.userId());
        if (othersTask && !caseworker.supervises(agency) && !caseworker.isAdmin()) {
            throw new WorklistProblem.Forbidden("Only the caseworker who claimed the task or a supervisor can " + what + " it", code);
        }
    }

    private String caseRefOf(Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null) {
            return null;
        }
        var root = instance.getRootProcessInstanceId() == null || instance.getRootProcessInstanceId().equals(instance.getId()) ? instance
                : runtime.createProcessInstanceQuery().processInstanceId(instance.getRootProcessInstanceId()).singleResult();
        return root == null ? null : root.getBusinessKey();
    }

    private String nameOf(String userId) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return null;
        }
        var name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? null : name;
    }
}
