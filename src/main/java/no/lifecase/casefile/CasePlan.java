package no.lifecase.casefile;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
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

    public record Step(String activityId, String name, StepStatus status, String agency, Instant expectedBy) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern LITERAL = Pattern.compile("\\$\\{'([\\w-]+)'}");

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final ManagementService management;

    CasePlan(RuntimeService runtime, RepositoryService repository, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.repository = repository;
        this.tasks = tasks;
        this.management = management;
    }

    @Transactional(readOnly = true)
    public List<Step> of(LifeEventCase lifeEventCase) {
        var processInstanceId = lifeEventCase.processInstanceId();
        if (lifeEventCase.status() == CaseStatus.CLOSED || processInstanceId == null) {
            return List.of();
        }
        var instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return List.of();
        }
        var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        var variables = runtime.getVariables(processInstanceId);
        var now = new Running(model, instance.getProcessDefinitionId(), processInstanceId);
        var steps = new LinkedHashMap<String, Step>();
        var active = runtime.getActiveActivityIds(processInstanceId);
        for (var activityId : active) {
            if (model.getModelElementById(activityId) instanceof FlowNode node && named(node)) {
                steps.put(activityId, new Step(activityId, node.getName(), StepStatus.IN_PROGRESS,
                        agencyInProgress(now, node, variables), dueOf(now, node)));
            }
        }
        walkAhead(now, model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> active.contains(node.getId())).toList(), variables, steps);
        return List.copyOf(steps.values());
    }

    /**
     * The case's open tasks and timers, and the model's interrupting boundary events, each read once: the plan looks
     * them up for every step, and a page must not cost a query per element of the model.
     */
    private final class Running {

        final Map<String, List<org.camunda.bpm.engine.task.Task>> tasksByStep = new HashMap<>();
        final Map<String, List<Instant>> timersByActivity = new HashMap<>();
        final Map<String, List<String>> interruptingBoundaries = new HashMap<>();

        Running(BpmnModelInstance model, String processDefinitionId, String processInstanceId) {
            tasks.createTaskQuery().processInstanceId(processInstanceId).list()
                    .forEach(task -> tasksByStep.computeIfAbsent(task.getTaskDefinitionKey(), key -> new ArrayList<>()).add(task));
            var activityOfJobDefinition = new HashMap<String, String>();
            management.createJobDefinitionQuery().processDefinitionId(processDefinitionId).list()
                    .forEach(definition -> activityOfJobDefinition.put(definition.getId(), definition.getActivityId()));
            management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                    .filter(job -> job.getDuedate() != null && activityOfJobDefinition.containsKey(job.getJobDefinitionId()))
                    .forEach(job -> timersByActivity.computeIfAbsent(activityOfJobDefinition.get(job.getJobDefinitionId()),
                            key -> new ArrayList<>()).add(job.getDuedate().toInstant()));
            model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(BoundaryEvent::cancelActivity)
                    .forEach(boundary -> interruptingBoundaries.computeIfAbsent(boundary.getAttachedTo().getId(), key -> new ArrayList<>())
                            .add(boundary.getId()));
        }

        List<org.camunda.bpm.engine.task.Task> tasksAt(FlowNode node) {
            return tasksByStep.getOrDefault(node.getId(), List.of());
        }
    }

    /** Breadth first along the sequence flows; after a choice, everything is only "possible". */
    private void walkAhead(Running now, Collection<FlowNode> from, Map<String, Object> variables, Map<String, Step> steps) {
        record Visit(FlowNode node, boolean certain) {
        }
        var queue = new ArrayDeque<Visit>();
        var seen = new HashSet<String>();
        from.forEach(node -> successors(node).forEach(next -> queue.add(new Visit(next, outgoing(node).size() < 2))));
        while (!queue.isEmpty()) {
            var visit = queue.poll();
            var node = visit.node();
            if (!seen.add(node.getId() + visit.certain())) {
                continue;
            }
            if (isStep(node) && named(node) && !steps.containsKey(node.getId())) {
                steps.put(node.getId(), new Step(node.getId(), node.getName(),
                        visit.certain() ? StepStatus.NEXT : StepStatus.POSSIBLE, agencyAhead(node, variables),
                        dueOf(now, node)));
            }
            boolean choice = node instanceof Gateway && outgoing(node).size() > 1 && !isParallel(node);
            successors(node).forEach(next -> queue.add(new Visit(next, visit.certain() && !choice)));
        }
    }

    private static List<FlowNode> successors(FlowNode node) {
        var next = new ArrayList<FlowNode>();
        outgoing(node).forEach(flow -> next.add(flow.getTarget()));
        // Leaving an embedded sub-process through its end continues after the sub-process.
        if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess subProcess && !subProcess.triggeredByEvent()) {
            next.addAll(successors(subProcess));
        }
        return next;
    }

    private static Collection<SequenceFlow> outgoing(FlowNode node) {
        return node.getOutgoing();
    }

    private static boolean isParallel(FlowNode node) {
        return node instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway;
    }

    private static boolean isStep(FlowNode node) {
        return (node instanceof Task || node instanceof CallActivity || node instanceof SubProcess
                || node instanceof IntermediateCatchEvent || node instanceof EndEvent) && !(node instanceof BoundaryEvent);
    }

    private static boolean named(FlowNode node) {
        return node.getName() != null && !node.getName().isBlank();
    }

    private String agencyInProgress(Running now, FlowNode node, Map<String, Object> variables) {
        if (node instanceof UserTask) {
            var groups = new ArrayList<String>();
            now.tasksAt(node)
                    .forEach(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                            .forEach(link -> groups.add(link.getGroupId())));
            if (!groups.isEmpty()) {
                return String.join(",", groups.stream().distinct().sorted().toList());
            }
        }
        return agencyAhead(node, variables);
    }

    /** The agency of a step not yet started, where the model says it plainly or through a known variable. */
    private static String agencyAhead(FlowNode node, Map<String, Object> variables) {
        if (node instanceof UserTask task) {
            return resolve(task.getCamundaCandidateGroups(), variables).orElse(null);
        }
        if (node instanceof CallActivity call && call.getExtensionElements() != null) {
            return call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(in -> "agency".equals(in.getCamundaTarget()))
                    .map(in -> in.getCamundaSource() != null
                            ? Optional.ofNullable(variables.get(in.getCamundaSource())).map(Object::toString)
                            : resolve(in.getCamundaSourceExpression(), variables))
                    .flatMap(Optional::stream)
                    .findFirst().orElse(null);
        }
        return null;
    }

    private static Optional<String> resolve(String expression, Map<String, Object> variables) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        if (!expression.contains("${")) {
            return Optional.of(expression);
        }
        var literal = LITERAL.matcher(expression.strip());
        if (literal.matches()) {
            return Optional.of(literal.group(1));
        }
        var variable = VARIABLE.matcher(expression.strip());
        if (variable.matches() && variables.get(variable.group(1)) instanceof String value) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** A task's due date, else the earliest timer of the step itself or of a deadline attached to it. */
    private static Instant dueOf(Running now, FlowNode node) {
        var task = now.tasksAt(node).stream().filter(candidate -> candidate.getDueDate() != null).findFirst();
        if (task.isPresent()) {
            return task.get().getDueDate().toInstant();
        }
        var timerSteps = new ArrayList<String>(List.of(node.getId()));
        timerSteps.addAll(now.interruptingBoundaries.getOrDefault(node.getId(), List.of()));
        return timerSteps.stream()
                .flatMap(id -> now.timersByActivity.getOrDefault(id, List.of()).stream())
                .min(Instant::compareTo).orElse(null);
    }
}
