package no.lifecase.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case clock: while a citizen task is open (a user task for a named person, not for an agency group),
 * the case waits for the citizen. The case is WAITING, the timeline says the clock stopped and resumed,
 * and the interval is kept so that the agencies' SLA figures leave it out.
 *
 * <p>Built-in task listeners on every user task of every model, like the timeline's: no model names them.
 * Times are the engine's clock, the same clock as the engine's task history.
 */
@Component
public class CaseClock extends UserTaskListeners {

    private final LifeEventCaseRepository cases;
    private final CaseClockStopRepository stops;
    private final CaseTimeline timeline;

    CaseClock(LifeEventCaseRepository cases, CaseClockStopRepository stops, CaseTimeline timeline) {
        this.cases = cases;
        this.stops = stops;
        this.timeline = timeline;
    }

    @Override
    protected void listenTo(TaskDefinition task) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::taskCreated);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::taskEnded);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, this::taskEnded);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
    }

    /** A task for the citizen: a named person (assignee or candidate user) and no agency group. */
    public static boolean isCitizenTask(DelegateTask task) {
        boolean group = task.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        boolean person = task.getAssignee() != null || task.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null);
        return person && !group;
    }

    private void taskCreated(DelegateTask task) {
        if (!isCitizenTask(task)) {
            return;
        }
        var caseRef = caseRefOf(task);
        var root = rootOf(task);
        boolean alreadyWaiting = stops.existsByRootProcessInstanceIdAndEndedAtIsNull(root);
        stops.save(new CaseClockStop(caseRef, root, task.getId(), now()));
        if (CaseReference.isValid(caseRef)) {
            cases.findByReference(caseRef).ifPresent(lifeEventCase -> {
                lifeEventCase.waitForCitizen();
                if (!alreadyWaiting) {
                    timeline.record(lifeEventCase, TimelineKind.CLOCK_STOPPED,
                            "The case waits for you: " + task.getName() + ". The agencies' deadlines stand still meanwhile.",
                            null, CaseTimelineEntry.SOURCE_PROCESS, task.getTaskDefinitionKey(), task.getProcessDefinitionId());
                }
            });
        }
    }

    private void taskEnded(DelegateTask task) {
        stops.findFirstByTaskIdAndEndedAtIsNull(task.getId()).ifPresent(stop -> {
            stop.end(now());
            stops.flush();
            if (stops.existsByRootProcessInstanceIdAndEndedAtIsNull(stop.rootProcessInstanceId())) {
                return;
            }
            var caseRef = stop.caseRef();
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                // Only when the citizen answered: a deleted citizen task may be part of cancelling the case,
                // in which its agency tasks are being deleted in the same transaction.
                moveAgencyDueDates(task, stop);
            }
            if (CaseReference.isValid(caseRef)) {
                cases.findByReference(caseRef).ifPresent(lifeEventCase -> {
                    lifeEventCase.resume();
                    timeline.record(lifeEventCase, TimelineKind.CLOCK_RESUMED,
                            "The case no longer waits for you: the agencies' deadlines run again.",
                            null, CaseTimelineEntry.SOURCE_PROCESS, task.getTaskDefinitionKey(), task.getProcessDefinitionId());
                });
            }
        });
    }

    /**
     * The clock runs again: the open agency tasks of the case get their due dates moved by the time the case
     * waited while they were open (the deadline timers follow the due date). The waiting period is this stop
     * and the stops that overlapped it, so two citizen tasks open together move the due dates once.
     */
    private void moveAgencyDueDates(DelegateTask citizenTask, CaseClockStop ended) {
        var caseStops = stops.findByRootProcessInstanceIdIn(List.of(ended.rootProcessInstanceId()));
        var waitStart = ended.startedAt();
        boolean widened = true;
        while (widened) {
            widened = false;
            for (var other : caseStops) {
                if (other.endedAt() != null && other.startedAt().isBefore(waitStart) && !other.endedAt().isBefore(waitStart)) {
                    waitStart = other.startedAt();
                    widened = true;
                }
            }
        }
        var waitEnd = ended.endedAt();
        var taskService = citizenTask.getProcessEngineServices().getTaskService();
        var query = CaseReference.isValid(ended.caseRef())
                ? taskService.createTaskQuery().processInstanceBusinessKey(ended.caseRef())
                : taskService.createTaskQuery().processInstanceId(citizenTask.getProcessInstanceId());
        for (var agencyTask : query.active().list()) {
            if (agencyTask.getDueDate() == null || agencyTask.getId().equals(citizenTask.getId())
                    || taskService.getIdentityLinksForTask(agencyTask.getId()).stream()
                            .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)) {
                continue;
            }
            var from = max(waitStart, agencyTask.getCreateTime().toInstant());
            if (from.isBefore(waitEnd)) {
                var moved = agencyTask.getDueDate().toInstant().plus(Duration.between(from, waitEnd));
                taskService.setDueDate(agencyTask.getId(), java.util.Date.from(moved));
            }
        }
    }

    /**
     * The time between {@code from} and {@code to} in which the case of this root process instance did not
     * wait for the citizen. Stops still open count until {@code to}.
     */
    public static Duration runningTime(Instant from, Instant to, List<CaseClockStop> stopsOfCase) {
        var total = Duration.between(from, to);
        // Merge overlapping stops first, so two citizen tasks open together are not subtracted twice.
        var intervals = stopsOfCase.stream()
                .map(stop -> new Instant[] {max(stop.startedAt(), from), min(stop.endedAt() == null ? to : stop.endedAt(), to)})
                .filter(interval -> interval[0].isBefore(interval[1]))
                .sorted((a, b) -> a[0].compareTo(b[0]))
                .toList();
        Instant coveredUntil = from;
        for (var interval : intervals) {
            var start = max(interval[0], coveredUntil);
            if (start.isBefore(interval[1])) {
                total = total.minus(Duration.between(start, interval[1]));
                coveredUntil = interval[1];
            }
        }
        return total.isNegative() ? Duration.ZERO : total;
    }

    /** The clock stops of these cases (by root process instance id), grouped by root process instance id. */
    @Transactional(readOnly = true)
    public Map<String, List<CaseClockStop>> stopsOf(Collection<String> rootProcessInstanceIds) {
        if (rootProcessInstanceIds.isEmpty()) {
            return Map.of();
        }
        return stops.findByRootProcessInstanceIdIn(rootProcessInstanceIds).stream()
                .collect(Collectors.groupingBy(CaseClockStop::rootProcessInstanceId));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String rootOf(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getProcessInstance() != null
                && entity.getProcessInstance().getRootProcessInstanceId() != null) {
            return entity.getProcessInstance().getRootProcessInstanceId();
        }
        return task.getProcessInstanceId();
    }
}
