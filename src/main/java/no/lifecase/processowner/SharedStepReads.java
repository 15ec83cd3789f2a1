package no.lifecase.processowner;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * A read that is safe to repeat (a delegate in {@code lifecase.process-owner.repeatable-reads}) may go without an
 * asynchronous boundary of its own: it then runs in the job of the asynchronous step before it, and a failure retries
 * that step (docs/adr/0065-fewer-transactions-per-case.md). That is sound only if everything between that step and the
 * read stays in Lifecase's database: a call that changes something elsewhere before it would be made again when the
 * read fails, and a wait state before it (a person's task, a message, the case being opened) would make the read part
 * of that person's request or that message's correlation, which must not fail because a register is away.
 */
final class SharedStepReads {

    private SharedStepReads() {
    }

    /**
     * Walks back from the read along every path to the asynchronous boundary it shares.
     *
     * @param changesSomethingElsewhere whether a task calls another system to change something there (not a read)
     */
    static void check(ModelFile file, FlowNode read, Predicate<FlowNode> changesSomethingElsewhere, List<ModelFinding> findings) {
        var seen = new HashSet<FlowNode>();
        var before = new ArrayDeque<FlowNode>(predecessors(read));
        while (!before.isEmpty()) {
            var step = before.pop();
            if (!seen.add(step) || step.isCamundaAsyncAfter()) {
                continue;
            }
            if (changesSomethingElsewhere.test(step)) {
                findings.add(ModelFinding.error(file.name(), read.getId(), "shared-step-read",
                        "The read runs in the same step as " + step.getId() + ", which changes something elsewhere and would be "
                                + "repeated if the read failed: make the read camunda:asyncBefore, or that step camunda:asyncAfter."));
                return;
            }
            if (step.isCamundaAsyncBefore()) {
                continue;
            }
            if (step instanceof StartEvent start && start.getParentElement() instanceof SubProcess sub && !sub.triggeredByEvent()) {
                before.add(sub);
            } else if (passesThrough(step)) {
                before.addAll(predecessors(step));
            } else {
                findings.add(ModelFinding.error(file.name(), read.getId(), "shared-step-read",
                        "The read would run in the transaction that continues from " + step.getId()
                                + " (the case's opening, a person's task, a message or a called process): make it camunda:asyncBefore."));
                return;
            }
        }
    }

    /** What runs straight on in the same transaction: gateways, decisions, other reads and local steps, plain events. */
    private static boolean passesThrough(FlowNode step) {
        if (step instanceof EventBasedGateway) {
            return false;
        }
        if (step instanceof IntermediateThrowEvent event) {
            return event.getChildElementsByType(EventDefinition.class).isEmpty();
        }
        return step instanceof Gateway || step instanceof BusinessRuleTask || step instanceof ServiceTask
                || step instanceof SendTask || step instanceof SubProcess sub && !sub.triggeredByEvent();
    }

    private static List<FlowNode> predecessors(FlowNode step) {
        return step.getIncoming().stream().map(SequenceFlow::getSource).toList();
    }
}
