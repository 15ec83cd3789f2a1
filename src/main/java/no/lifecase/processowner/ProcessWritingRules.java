package no.lifecase.processowner;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * How a process reads (ADR 0030): ids that name the thing, a plain-language name on every step, since
 * the names are what the citizen reads on the timeline, and a choice whose every branch is labelled and conditioned.
 */
final class ProcessWritingRules {

    /** {@code Task_NotifyNav}, {@code Gateway_HasSpouse}: the kind of element, then what it is. */
    static final Pattern DESCRIPTIVE_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");

    private ProcessWritingRules() {
    }

    static void check(ModelFile file, BpmnModelInstance model, List<ModelFinding> findings) {
        checkIds(file, model, findings);
        checkStepNames(file, model, findings);
        checkChoices(file, model, findings);
    }

    /** Every element but the process (named as its file) has a Type_Name id; generated ones are reported already. */
    private static void checkIds(ModelFile file, BpmnModelInstance model, List<ModelFinding> findings) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            if (id == null || element instanceof Process || ModelValidator.GENERATED_ID.matcher(id).matches()) {
                continue;
            }
            if (!DESCRIPTIVE_ID.matcher(id).matches()) {
                findings.add(ModelFinding.error(file.name(), id, "descriptive-id",
                        "The id " + id + " does not name the thing as Type_Name, e.g. Task_NotifyNav, Gateway_HasSpouse, Flow_ToSendNotice."));
            }
        }
    }

    /**
     * The timeline shows a step or an event under its name, and only a named one; a choice is named as the question it
     * asks. A gateway that asks nothing needs no name: one that only joins paths, a parallel fork, and an event-based
     * gateway, whose events after it carry the names.
     */
    private static void checkStepNames(ModelFile file, BpmnModelInstance model, List<ModelFinding> findings) {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (asksNothing(node)) {
                continue;
            }
            String name = node.getName();
            if (name == null || name.isBlank()) {
                findings.add(ModelFinding.warning(file.name(), node.getId(), "step-name", node instanceof Gateway
                        ? "The choice has no name; name it as the question it asks, e.g. \"Has a spouse?\"."
                        : "The step has no name, so the case's timeline leaves it out; name it as the citizen would say it."));
            } else if (name.contains("_") || name.contains("${")) {
                findings.add(ModelFinding.warning(file.name(), node.getId(), "step-name",
                        "The name \"" + name + "\" reads like an id or an expression; the citizen reads it on the timeline, so write it in plain language."));
            }
        }
    }

    /**
     * Every branch out of an exclusive split says what it stands for, and has a condition unless it is the default:
     * the engine takes a branch without a condition as if its condition were true.
     */
    private static void checkChoices(ModelFile file, BpmnModelInstance model, List<ModelFinding> findings) {
        for (ExclusiveGateway split : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (split.getOutgoing().size() < 2) {
                continue;
            }
            for (SequenceFlow flow : split.getOutgoing()) {
                if (flow.getName() == null || flow.getName().isBlank()) {
                    findings.add(ModelFinding.warning(file.name(), flow.getId(), "split-flow-label",
                            "A branch out of the choice " + split.getId() + " needs a label that answers it, e.g. \"yes\" or \"no spouse\"."));
                }
                if (flow != split.getDefault() && flow.getConditionExpression() == null) {
                    findings.add(ModelFinding.error(file.name(), flow.getId(), "split-flow-condition",
                            "A branch out of the choice " + split.getId() + " needs a condition or must be its default flow; "
                                    + "without either the engine always takes it."));
                }
            }
        }
    }

    private static boolean asksNothing(FlowNode node) {
        boolean merge = node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
        return merge || node instanceof ParallelGateway || node instanceof EventBasedGateway;
    }
}
