package no.lifecase.caseworker;

import no.lifecase.casefile.DeadlinePath;
import no.lifecase.casefile.UserTaskListeners;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * The deadline timers of a task follow its due date (ADR 0025). When the due date changes (the case clock moves
 * it after the citizen answered, or a supervisor changes it), the task's boundary timers for the reminder and
 * the escalation that have not fired yet get their date again from their own expression, which reads the
 * task's new due date ({@link TaskDeadline}). Other timers of the task are left as they are.
 */
@Component
class DeadlineTimers extends UserTaskListeners {

    @Override
    protected void listenTo(TaskDefinition task) {
        // The timers are created just before the task, from the model's due date expression; once the task exists
        // they take its due date itself, so the two agree to the millisecond even when the expression reads the clock.
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::updated);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, this::updated);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
    }

    private void updated(DelegateTask task) {
        if (task.getDueDate() == null || !(task.getExecution() instanceof ExecutionEntity execution) || execution.getActivity() == null) {
            return;
        }
        var declarations = TimerDeclarationImpl.getDeclarationsForScope(execution.getActivity());
        var model = execution.getBpmnModelInstance();
        // The execution's jobs include those created in this command and not yet flushed.
        for (var job : execution.getJobs()) {
            var declaration = declarations.get(job.getActivityId());
            if (job instanceof TimerEntity timer && declaration != null
                    && DeadlinePath.isDeadlineTimer(model.getModelElementById(job.getActivityId()))) {
                declaration.resolveAndSetDuedate(execution, timer, false);
            }
        }
    }
}
