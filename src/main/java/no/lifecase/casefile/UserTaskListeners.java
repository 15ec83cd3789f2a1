package no.lifecase.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * An engine plugin that follows every user task of every model, with built-in task listeners added as the
 * models are parsed, so process owners need not add anything to their models (and an operator who skips
 * custom listeners does not skip these).
 */
public abstract class UserTaskListeners extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                listenTo(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
    }

    /** Adds this plugin's built-in listeners to one user task of a model. */
    protected abstract void listenTo(TaskDefinition task);

    /**
     * The task's name as the model has it: the staff timeline and audit keep the modeller's words, while the task itself
     * carries the name its caseworkers read (docs/adr/0059).
     */
    public static String modelNameOf(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        return element != null && element.getName() != null ? element.getName() : task.getName();
    }

    /** The reference of the case the task belongs to, or null for a task outside any case. */
    protected static String caseRefOf(DelegateTask task) {
        if (task.getExecution() != null && task.getExecution().getProcessBusinessKey() != null) {
            return task.getExecution().getProcessBusinessKey();
        }
        return task.getVariable(CaseService.CASE_REF) instanceof String caseRef ? caseRef : null;
    }
}
