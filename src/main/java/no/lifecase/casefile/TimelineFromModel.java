package no.lifecase.casefile;

import java.util.ArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Fills the case timeline from the process model: every named step writes an entry when it starts
 * and ends, every named event when it happens, and the case closes when its process ends. Process
 * owners therefore change the timeline by naming elements in the Modeler, with no code. The deadline timers
 * of agency tasks and their paths are the exception: their delegates write the entry ({@link DeadlinePath}).
 *
 * <p>The listeners are built-in ones, so they also run when an operator modifies an instance with
 * "skip custom listeners".
 */
@Component
class TimelineFromModel extends AbstractProcessEnginePlugin {

    private final CaseTimeline timeline;
    private final CaseClosing closing;

    TimelineFromModel(CaseTimeline timeline, CaseClosing closing) {
        this.timeline = timeline;
        this.closing = closing;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
    }

    private void stepStarted(DelegateExecution execution, StepAgency agency) {
        record(execution, TimelineKind.STEP_STARTED, agency);
    }

    private void stepEnded(DelegateExecution execution, StepAgency agency) {
        record(execution, execution.isCanceled() ? TimelineKind.STEP_CANCELLED : TimelineKind.STEP_COMPLETED, agency);
    }

    private void eventHappened(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            record(execution, TimelineKind.EVENT, StepAgency.NONE);
        }
    }

    private void taskCreated(DelegateTask task) {
        var agencies = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .sorted()
                .collect(Collectors.joining(","));
        timeline.record(task.getExecution().getProcessBusinessKey(), TimelineKind.STEP_STARTED, UserTaskListeners.modelNameOf(task),
                agencies.isEmpty() ? null : agencies, CaseTimelineEntry.SOURCE_PROCESS, task.getTaskDefinitionKey(),
                task.getProcessDefinitionId());
    }

    /**
     * The step's own agency where the model names one (a task's candidate group, a call's "agency"); else, in a process
     * that works with one agency (such as notify-agency), the variable "agency". The entry keeps its process definition,
     * whose texts tell it to the citizen (docs/adr/0051).
     */
    private void record(DelegateExecution execution, TimelineKind kind, StepAgency stepAgency) {
        if (DeadlinePath.isOnDeadlinePath(execution.getBpmnModelElementInstance())) {
            // The reminder and escalation delegates write one entry with the task, its agency and its due date.
            return;
        }
        var agency = stepAgency.in(execution);
        if (agency == null) {
            agency = execution.getVariable("agency") instanceof String name ? name : null;
        }
        timeline.record(execution.getProcessBusinessKey(), kind, execution.getCurrentActivityName(), agency,
                CaseTimelineEntry.SOURCE_PROCESS, execution.getCurrentActivityId(), execution.getProcessDefinitionId());
    }

    private class ParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element element, ProcessDefinitionEntity process) {
            String lifeEventKey = process.getKey();
            process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                if (execution.getSuperExecution() == null) {
                    closing.processEnded(execution.getProcessBusinessKey(), lifeEventKey, execution.isCanceled());
                }
            });
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (named(activity)) {
                var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TimelineFromModel.this::taskCreated);
                var groups = task.getCandidateGroupIdExpressions();
                var agency = groups.size() == 1 ? StepAgency.ofExpression(groups.iterator().next().getExpressionText()) : StepAgency.NONE;
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> stepEnded(execution, agency));
            }
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity, calledFor(element));
        }

        /** The agency a call activity passes to its called process as "agency" (notify-agency's contract). */
        private StepAgency calledFor(Element callActivity) {
            var extensions = callActivity.element("extensionElements");
            if (extensions == null) {
                return StepAgency.NONE;
            }
            return extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "in").stream()
                    .filter(in -> "agency".equals(in.attribute("target")))
                    .findFirst()
                    .map(in -> in.attribute("source") != null ? StepAgency.ofVariable(in.attribute("source"))
                            : StepAgency.ofExpression(in.attribute("sourceExpression")))
                    .orElse(StepAgency.NONE);
        }

        @Override
        public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
            step(activity);
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            event(activity);
        }

        @Override
        public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            event(activity);
        }

        @Override
        public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            event(activity);
        }

        @Override
        public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            event(activity);
        }

        @Override
        public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            event(activity);
        }

        private void step(ActivityImpl activity) {
            step(activity, StepAgency.NONE);
        }

        private void step(ActivityImpl activity, StepAgency agency) {
            if (named(activity)) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> stepStarted(execution, agency));
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> stepEnded(execution, agency));
            }
        }

        private void event(ActivityImpl activity) {
            if (named(activity)) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) TimelineFromModel.this::eventHappened);
            }
        }

        private boolean named(ActivityImpl activity) {
            // The BPMN parser keeps an element's name as the property "name".
            return activity.getProperty("name") instanceof String name && !name.isBlank();
        }
    }
}
