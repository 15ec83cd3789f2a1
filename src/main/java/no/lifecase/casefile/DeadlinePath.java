package no.lifecase.casefile;

import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The deadline timers of an agency task in a model (ADR 0025): two non-interrupting boundary timers whose date
 * is {@code ${taskDeadline.reminder(execution)}} and {@code ${taskDeadline.escalation(execution)}}, each followed
 * by the delegate {@code ${remindAgency}} or {@code ${escalateToSupervisors}} and an end event.
 */
public final class DeadlinePath {

    public static final String REMINDER_EXPRESSION = "${taskDeadline.reminder(execution)}";
    public static final String ESCALATION_EXPRESSION = "${taskDeadline.escalation(execution)}";
    public static final Set<String> DELEGATES = Set.of("${remindAgency}", "${escalateToSupervisors}");

    private DeadlinePath() {
    }

    /** The timer expression of a boundary timer, or null for any other element. */
    public static String timerDate(ModelElementInstance element) {
        if (element instanceof BoundaryEvent boundary) {
            for (var definition : boundary.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer && timer.getTimeDate() != null) {
                    return timer.getTimeDate().getTextContent().strip();
                }
            }
        }
        return null;
    }

    /** A boundary timer that fires at a task's deadline or before it. */
    public static boolean isDeadlineTimer(ModelElementInstance element) {
        var date = timerDate(element);
        return REMINDER_EXPRESSION.equals(date) || ESCALATION_EXPRESSION.equals(date);
    }

    /**
     * A deadline timer, a reminder or escalation delegate, or an element reached only from them. Their
     * delegates write the timeline entry of the reminder or escalation, so the model's own names stay off it.
     */
    public static boolean isOnDeadlinePath(ModelElementInstance element) {
        if (isDeadlineTimer(element)) {
            return true;
        }
        if (element instanceof ServiceTask task && DELEGATES.contains(task.getCamundaDelegateExpression())) {
            return true;
        }
        return element instanceof FlowNode node && !(element instanceof BoundaryEvent) && !node.getIncoming().isEmpty()
                && node.getIncoming().stream().allMatch(flow -> flow.getSource() != node
                        && (isDeadlineTimer(flow.getSource()) || flow.getSource() instanceof ServiceTask task
                                && DELEGATES.contains(task.getCamundaDelegateExpression())));
    }
}
