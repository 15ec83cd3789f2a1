package no.lifecase.casefile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * What one process model says about the plan of its cases, read from the model once: the named steps, who does each,
 * the deadlines attached to them, and which steps lie ahead of where a case stands. A deployed process definition
 * never changes, so the outline is kept per definition and the walk ahead per set of active steps; a case page then
 * only reads where its case stands and the few variables that name an agency.
 */
final class PlanOutline {

    /** A named step of the model; its agency is either fixed by the model or named by a process variable. */
    record Node(String id, String name, boolean userTask, String fixedAgency, String agencyVariable, boolean anyValue,
                List<String> interruptingBoundaries) {

        Optional<String> agency(Map<String, Object> variables) {
            if (fixedAgency != null) {
                return Optional.of(fixedAgency);
            }
            var value = agencyVariable == null ? null : variables.get(agencyVariable);
            return anyValue || value instanceof String ? Optional.ofNullable(value).map(Object::toString) : Optional.empty();
        }
    }

    /** A step ahead of the active ones: next for certain, or only possible after a choice. */
    record Ahead(String id, boolean certain) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern LITERAL = Pattern.compile("\\$\\{'([\\w-]+)'}");
    private static final int MOST_KEPT_WALKS = 1_000;

    private final Map<String, Node> namedNodes = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final Set<String> steps = new HashSet<>();
    private final Set<String> choices = new HashSet<>();
    private final Set<String> singleExit = new HashSet<>();
    private final List<String> documentOrder = new ArrayList<>();
    private final Set<String> agencyVariables = new HashSet<>();
    private final Map<List<String>, List<Ahead>> walks = new ConcurrentHashMap<>();

    PlanOutline(BpmnModelInstance model) {
        var interrupting = new HashMap<String, List<String>>();
        model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(BoundaryEvent::cancelActivity)
                .forEach(boundary -> interrupting.computeIfAbsent(boundary.getAttachedTo().getId(), key -> new ArrayList<>())
                        .add(boundary.getId()));
        for (var node : model.getModelElementsByType(FlowNode.class)) {
            var id = node.getId();
            documentOrder.add(id);
            successors.put(id, successorsOf(node).stream().map(FlowNode::getId).toList());
            if (node.getOutgoing().size() < 2) {
                singleExit.add(id);
            }
            if (node instanceof Gateway && node.getOutgoing().size() > 1 && !(node instanceof ParallelGateway)) {
                choices.add(id);
            }
            if (isStep(node)) {
                steps.add(id);
            }
            if (node.getName() != null && !node.getName().isBlank()) {
                namedNodes.put(id, named(node, interrupting.getOrDefault(id, List.of())));
            }
        }
        namedNodes.values().stream().map(Node::agencyVariable).filter(name -> name != null).forEach(agencyVariables::add);
    }

    Optional<Node> named(String activityId) {
        return Optional.ofNullable(namedNodes.get(activityId));
    }

    /** The variables that name an agency somewhere in the model: all a plan needs of the case's variables. */
    Set<String> agencyVariables() {
        return agencyVariables;
    }

    /** The active activities in the model's own order, as the plan lists them. */
    List<String> inModelOrder(Collection<String> activeIds) {
        return documentOrder.stream().filter(activeIds::contains).toList();
    }

    /** Breadth first along the sequence flows from the active activities; after a choice, everything is only possible. */
    List<Ahead> ahead(Collection<String> activeIds) {
        var from = inModelOrder(activeIds);
        var kept = walks.get(from);
        if (kept != null) {
            return kept;
        }
        var walk = walk(from);
        if (walks.size() < MOST_KEPT_WALKS) {
            walks.put(from, walk);
        }
        return walk;
    }

    private List<Ahead> walk(List<String> from) {
        var queue = new ArrayDeque<Ahead>();
        var seen = new HashSet<Ahead>();
        var found = new LinkedHashSet<String>();
        var result = new ArrayList<Ahead>();
        from.forEach(id -> successors.get(id).forEach(next -> queue.add(new Ahead(next, singleExit.contains(id)))));
        while (!queue.isEmpty()) {
            var visit = queue.poll();
            if (!seen.add(visit)) {
                continue;
            }
            if (steps.contains(visit.id()) && namedNodes.containsKey(visit.id()) && found.add(visit.id())) {
                result.add(visit);
            }
            boolean certainAfter = visit.certain() && !choices.contains(visit.id());
            successors.get(visit.id()).forEach(next -> queue.add(new Ahead(next, certainAfter)));
        }
        return List.copyOf(result);
    }

    private static List<FlowNode> successorsOf(FlowNode node) {
        var next = new ArrayList<FlowNode>();
        node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
        // Leaving an embedded sub-process through its end continues after the sub-process.
        if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess subProcess && !subProcess.triggeredByEvent()) {
            next.addAll(successorsOf(subProcess));
        }
        return next;
    }

    private static boolean isStep(FlowNode node) {
        return (node instanceof Task || node instanceof CallActivity || node instanceof SubProcess
                || node instanceof IntermediateCatchEvent || node instanceof EndEvent) && !(node instanceof BoundaryEvent);
    }

    private static Node named(FlowNode node, List<String> interruptingBoundaries) {
        String expression = null;
        String variable = null;
        boolean anyValue = false;
        if (node instanceof UserTask task) {
            expression = task.getCamundaCandidateGroups();
        } else if (node instanceof CallActivity call && call.getExtensionElements() != null) {
            var in = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(candidate -> "agency".equals(candidate.getCamundaTarget()))
                    .findFirst();
            if (in.isPresent() && in.get().getCamundaSource() != null) {
                variable = in.get().getCamundaSource();
                anyValue = true;
            } else if (in.isPresent()) {
                expression = in.get().getCamundaSourceExpression();
            }
        }
        String fixed = null;
        if (expression != null && !expression.isBlank()) {
            var literal = LITERAL.matcher(expression.strip());
            var named = VARIABLE.matcher(expression.strip());
            if (!expression.contains("${")) {
                fixed = expression;
            } else if (literal.matches()) {
                fixed = literal.group(1);
            } else if (named.matches()) {
                variable = named.group(1);
            }
        }
        return new Node(node.getId(), node.getName(), node instanceof UserTask, fixed, variable, anyValue,
                List.copyOf(interruptingBoundaries));
    }
}
