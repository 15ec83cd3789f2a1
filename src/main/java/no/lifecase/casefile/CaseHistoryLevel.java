package no.lifecase.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * The engine history Lifecase keeps (ADR 0033), named {@code lifecase-audit}: Camunda's "audit" level (every process,
 * activity and task instance with when and by whom, every variable's last value) plus what an agency must be able to
 * explain afterwards: every evaluated decision with its inputs and outputs, incidents, what staff did through
 * Cockpit, Tasklist or the REST API (the user operation log) and whom a task was offered to. Left out, as in "audit":
 * every intermediate value of a variable and the job log, which are most of the rows "full" writes; and, unlike
 * "audit", the activity instances of gateways and start events, variables created without a value, and the variables
 * whose value Lifecase's case file already holds (docs/adr/0067-what-a-closed-case-keeps.md).
 */
public final class CaseHistoryLevel implements HistoryLevel {

    public static final String NAME = "lifecase-audit";

    /**
     * The task-local variable that shows an agency task's case in its form (docs/adr/0059). It holds names and an address
     * read for the caseworker, so it is left out of the history: it lives as long as its task and no longer.
     */
    public static final String CASE_CONTEXT = "caseContext";
    public static final CaseHistoryLevel INSTANCE = new CaseHistoryLevel();

    /** Not one of Camunda's own ids (0 to 3); the database remembers it. */
    private static final int ID = 25;

    /**
     * Variables the case file already holds or that only the engine needs: the case's reference (the process
     * instance's business key and {@code life_event_case.reference}), and the counters the engine keeps for itself while
     * a step runs once per person or agency (each run is an activity instance of its own). Never written to the history,
     * whatever their value. The subject stays: finished cases are found by it.
     */
    private static final Set<String> HELD_ELSEWHERE = Set.of(CaseService.CASE_REF,
            "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

    /** The called process that tells an agency something; {@code agency_notice} keeps each notice, tries and receipt. */
    private static final String NOTIFY_AGENCY = "notify-agency:";

    /** The variables of a notify-agency instance that {@code agency_notice} holds (ADR 0067). */
    private static final Set<String> HELD_BY_THE_NOTICE = Set.of("agency", "notice", "receiptDeadline", "noticeId",
            "noticeAttempts", "receiptReceived");

    private static final Set<HistoryEventTypes> BEYOND_AUDIT = EnumSet.of(
            HistoryEventTypes.DMN_DECISION_EVALUATE,
            HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_DELETE,
            HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_UPDATE,
            HistoryEventTypes.USER_OPERATION_LOG,
            HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE,
            HistoryEventTypes.BATCH_START, HistoryEventTypes.BATCH_UPDATE, HistoryEventTypes.BATCH_END);

    private static final Set<HistoryEventTypes> ACTIVITY_EVENTS = EnumSet.of(
            HistoryEventTypes.ACTIVITY_INSTANCE_START, HistoryEventTypes.ACTIVITY_INSTANCE_END,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

    private static final Set<String> START_EVENTS = Set.of(ActivityTypes.START_EVENT, ActivityTypes.START_EVENT_TIMER,
            ActivityTypes.START_EVENT_MESSAGE, ActivityTypes.START_EVENT_SIGNAL, ActivityTypes.START_EVENT_ESCALATION,
            ActivityTypes.START_EVENT_COMPENSATION, ActivityTypes.START_EVENT_ERROR, ActivityTypes.START_EVENT_CONDITIONAL);

    private CaseHistoryLevel() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (isGateway(eventType, entity) || isStartEvent(eventType, entity)
                || entity instanceof VariableInstance variable && CASE_CONTEXT.equals(variable.getName())
                || isEmptyOrHeldElsewhere(eventType, entity)) {
            return false;
        }
        return HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity)
                || eventType instanceof HistoryEventTypes type && BEYOND_AUDIT.contains(type);
    }

    /**
     * A variable whose value the case file holds is never kept (none of its events is produced, so no row is written).
     * A variable created without a value is not kept either, as it says nothing: only its creation is left out, a later
     * update is kept, and the engine then writes the variable's history row (it inserts one when it finds none), so a
     * value set after an empty start is not lost.
     */
    private static boolean isEmptyOrHeldElsewhere(HistoryEventType eventType, Object entity) {
        if (!(entity instanceof VariableInstance variable)) {
            return false;
        }
        if (HELD_ELSEWHERE.contains(variable.getName()) || HELD_BY_THE_NOTICE.contains(variable.getName())
                && variable.getProcessDefinitionId() != null && variable.getProcessDefinitionId().startsWith(NOTIFY_AGENCY)) {
            return true;
        }
        return eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE && ValueType.NULL.getName().equals(variable.getTypeName());
    }

    /**
     * A start event's activity instance: the process instance keeps the start event it began at and when
     * ({@code startActivityId}, {@code startTime}), and an (event) sub-process's own activity instance says when it
     * began; the start event's row repeats it. Start events were one in seven rows of the activity history (ADR 0067).
     */
    private static boolean isStartEvent(HistoryEventType eventType, Object entity) {
        return ACTIVITY_EVENTS.contains(eventType) && entity instanceof ExecutionEntity execution
                && execution.getActivity() != null
                && START_EVENTS.contains(String.valueOf(execution.getActivity().getProperty("type")));
    }

    /**
     * A gateway's activity instance: a gateway only routes, and which way the case went shows in the steps that ran
     * after it. Gateways were four in ten of the rows of the largest history table.
     */
    private static boolean isGateway(HistoryEventType eventType, Object entity) {
        return ACTIVITY_EVENTS.contains(eventType) && entity instanceof ExecutionEntity execution
                && execution.getActivity() != null
                && String.valueOf(execution.getActivity().getProperty("type")).endsWith("Gateway");
    }
}
