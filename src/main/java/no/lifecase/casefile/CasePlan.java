package no.lifecase.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps still ahead of an open case, read from its process model and where the process stands
 * now: what is in progress (with its agency and due date), what comes next for certain, and what may
 * come depending on a decision. Process owners change the plan by changing the model.
 */
@Service
public class CasePlan {

    public enum StepStatus { IN_PROGRESS, NEXT, POSSIBLE }

    @Schema(name = "PlanStepView", description = "A step still ahead: in progress, next for certain, or possible depending on a decision")
    public record Step(String activityId, String name, StepStatus status, @Nullable String agency, @Nullable Instant expectedBy) {
    }

    /** What never changes for a deployed process definition: its outline and the activity of each of its job definitions. */
    private record Definition(PlanOutline outline, Map<String, String> activityOfJobDefinition) {
    }

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final ManagementService management;
    private final CaseTasks caseTasks;
    private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

    CasePlan(RuntimeService runtime, RepositoryService repository, TaskService tasks, ManagementService management,
             CaseTasks caseTasks) {
        this.runtime = runtime;
        this.repository = repository;
        this.tasks = tasks;
        this.management = management;
        this.caseTasks = caseTasks;
    }

    /** The steps ahead, with the process definition whose model (and texts) they are steps of; null when nothing is ahead. */
    public record Ahead(@Nullable String processDefinitionId, List<Step> steps) {

        static final Ahead NOTHING = new Ahead(null, List.of());
    }

    @Transactional(readOnly = true)
    public List<Step> of(LifeEventCase lifeEventCase) {
        return ahead(lifeEventCase).steps();
    }

    @Transactional(readOnly = true)
    public Ahead ahead(LifeEventCase lifeEventCase) {
        return ahead(lifeEventCase, null);
    }

    /** As {@link #ahead(LifeEventCase)}, with the open tasks of the case's process instances when the caller has read them already. */
    Ahead ahead(LifeEventCase lifeEventCase, @Nullable List<org.camunda.bpm.engine.task.Task> tasksOfTheCase) {
        var processInstanceId = lifeEventCase.processInstanceId();
        if (lifeEventCase.status() == CaseStatus.CLOSED || processInstanceId == null) {
            return Ahead.NOTHING;
        }
        var instance = caseTasks.processInstance(processInstanceId);
        if (instance == null) {
            return Ahead.NOTHING;
        }
        var definition = definitions.computeIfAbsent(instance.getProcessDefinitionId(), this::definition);
        var outline = definition.outline();
        var now = new Running(definition, processInstanceId, tasksOfTheCase == null ? caseTasks.ofProcessInstance(processInstanceId)
                : tasksOfTheCase.stream().filter(task -> processInstanceId.equals(task.getProcessInstanceId())).toList());
        var variables = outline.agencyVariables().isEmpty() ? Map.<String, Object>of()
                : runtime.getVariables(processInstanceId, outline.agencyVariables());
        var steps = new LinkedHashMap<String, Step>();
        var active = runtime.getActiveActivityIds(processInstanceId);
        for (var activityId : outline.inModelOrder(active)) {
            outline.named(activityId).ifPresent(node -> steps.put(activityId, new Step(activityId, node.name(),
                    StepStatus.IN_PROGRESS, agencyInProgress(now, node, variables), now.dueOf(node))));
        }
        for (var ahead : outline.ahead(active)) {
            var node = outline.named(ahead.id()).orElseThrow();
            steps.putIfAbsent(node.id(), new Step(node.id(), node.name(), ahead.certain() ? StepStatus.NEXT : StepStatus.POSSIBLE,
                    node.agency(variables).orElse(null), now.dueOf(node)));
        }
        return new Ahead(instance.getProcessDefinitionId(), List.copyOf(steps.values()));
    }

    private Definition definition(String processDefinitionId) {
        var activityOfJobDefinition = new HashMap<String, String>();
        management.createJobDefinitionQuery().processDefinitionId(processDefinitionId).list().stream()
                .filter(jobDefinition -> jobDefinition.getActivityId() != null)
                .forEach(jobDefinition -> activityOfJobDefinition.put(jobDefinition.getId(), jobDefinition.getActivityId()));
        return new Definition(new PlanOutline(repository.getBpmnModelInstance(processDefinitionId)), Map.copyOf(activityOfJobDefinition));
    }

    /** The case's open tasks and timers, each read once: the plan looks them up for every step. */
    private final class Running {

        final Map<String, List<org.camunda.bpm.engine.task.Task>> tasksByStep = new HashMap<>();
        final Map<String, List<Instant>> timersByActivity = new HashMap<>();

        Running(Definition definition, String processInstanceId, List<org.camunda.bpm.engine.task.Task> tasks) {
            tasks
                    .forEach(task -> tasksByStep.computeIfAbsent(task.getTaskDefinitionKey(), key -> new ArrayList<>()).add(task));
            management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                    .filter(job -> job.getDuedate() != null && definition.activityOfJobDefinition().containsKey(job.getJobDefinitionId()))
                    .forEach(job -> timersByActivity.computeIfAbsent(definition.activityOfJobDefinition().get(job.getJobDefinitionId()),
                            key -> new ArrayList<>()).add(job.getDuedate().toInstant()));
        }

        List<org.camunda.bpm.engine.task.Task> tasksAt(PlanOutline.Node node) {
            return tasksByStep.getOrDefault(node.id(), List.of());
        }

        /** A task's due date, else the earliest timer of the step itself or of a deadline attached to it. */
        Instant dueOf(PlanOutline.Node node) {
            var task = tasksAt(node).stream().filter(candidate -> candidate.getDueDate() != null).findFirst();
            if (task.isPresent()) {
                return task.get().getDueDate().toInstant();
            }
            var timerSteps = new ArrayList<String>(List.of(node.id()));
            timerSteps.addAll(node.interruptingBoundaries());
            return timerSteps.stream()
                    .flatMap(id -> timersByActivity.getOrDefault(id, List.of()).stream())
                    .min(Instant::compareTo).orElse(null);
        }
    }

    private String agencyInProgress(Running now, PlanOutline.Node node, Map<String, Object> variables) {
        if (node.userTask()) {
            var groups = new ArrayList<String>();
            now.tasksAt(node)
                    .forEach(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                            .forEach(link -> groups.add(link.getGroupId())));
            if (!groups.isEmpty()) {
                return String.join(",", groups.stream().distinct().sorted().toList());
            }
        }
        return node.agency(variables).orElse(null);
    }
}
