package no.lifecase.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The engine history Lifecase keeps (ADR 0033), named {@code lifecase-audit}: Camunda's "audit" level (every process,
 * activity and task instance with when and by whom, every variable's last value) plus what an agency must be able to
 * explain afterwards: every evaluated decision with its inputs and outputs, incidents, what staff did through
 * Cockpit, Tasklist or the REST API (the user operation log) and whom a task was offered to. Left out, as in "audit":
 * every intermediate value of a variable and the job log, which are most of the rows "full" writes; and, unlike
 * "audit", the activity instances of gateways.
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
        if (isGateway(eventType, entity) || entity instanceof VariableInstance variable && CASE_CONTEXT.equals(variable.getName())) {
            return false;
        }
        return HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity)
                || eventType instanceof HistoryEventTypes type && BEYOND_AUDIT.contains(type);
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
