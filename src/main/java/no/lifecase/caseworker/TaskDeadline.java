package no.lifecase.caseworker;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The dates of an agency task's deadline timers (ADR 0025), from the one due date of the user task:
 * {@code <bpmn:timeDate>${taskDeadline.reminder(execution)}</bpmn:timeDate>} and
 * {@code ${taskDeadline.escalation(execution)}} on the task's boundary timers.
 *
 * <p>The engine creates a task's boundary timers before the task itself, so the due date is the task's when it
 * exists on the execution (a due date changed later, e.g. by the clock stop) and otherwise the model's
 * {@code camunda:dueDate} evaluated in the execution, as the engine is about to do for the task.
 */
@Component("taskDeadline")
public class TaskDeadline {

    static final Duration REMINDER_BEFORE = Duration.ofDays(2);

    /** Two days before the due date, or half-way from now to it when that is sooner. */
    public Date reminder(DelegateExecution execution) {
        return Date.from(reminderAt(dueDate(execution).toInstant(), ClockUtil.getCurrentTime().toInstant()));
    }

    /** At the due date. */
    public Date escalation(DelegateExecution execution) {
        return dueDate(execution);
    }

    static Instant reminderAt(Instant due, Instant now) {
        var reminder = due.minus(REMINDER_BEFORE);
        if (reminder.isAfter(now)) {
            return reminder;
        }
        return due.isAfter(now) ? now.plus(Duration.between(now, due).dividedBy(2)) : due;
    }

    static Date dueDate(DelegateExecution execution) {
        if (execution instanceof ExecutionEntity entity) {
            for (TaskEntity task : entity.getTasks()) {
                if (task.getDueDate() != null) {
                    return task.getDueDate();
                }
            }
            if (entity.getActivity() != null && entity.getActivity().getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                    && userTask.getTaskDefinition().getDueDateExpression() != null) {
                Object value = userTask.getTaskDefinition().getDueDateExpression().getValue(execution);
                if (value instanceof Date date) {
                    return date;
                }
                if (value instanceof String text && !text.isBlank()) {
                    return Context.getProcessEngineConfiguration().getBusinessCalendarManager()
                            .getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate(text);
                }
            }
        }
        // The model validator requires a due date on every agency task; a model without one fails loudly here.
        throw new ProcessEngineException("The deadline timers of " + execution.getCurrentActivityId()
                + " need a camunda:dueDate on the user task they are attached to.");
    }
}
