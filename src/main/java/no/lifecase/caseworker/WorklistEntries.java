package no.lifecase.caseworker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The worklist's read model (docs/adr/0071): the table {@code worklist_entry}, one row for each open task and each group it
 * is offered to, copied from the engine's own tables. A transaction that changes a task copies its rows anew just
 * before it commits ({@link WorklistEntryEvents}), so the rows are what the engine's tables say, whatever changed.
 */
@Component
class WorklistEntries {

    private static final Logger log = LoggerFactory.getLogger(WorklistEntries.class);

    /** Ids per statement: well below what PostgreSQL and H2 take in one {@code in} list. */
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final String taskTable;
    private final String copy;

    WorklistEntries(NamedParameterJdbcTemplate jdbc, ManagementService management) {
        this.jdbc = jdbc;
        this.taskTable = management.getTableName(TaskEntity.class);
        String executions = management.getTableName(ExecutionEntity.class);
        // The case and life event are those of the root process: a shared sub-process's task counts for its case.
        this.copy = "insert into worklist_entry (task_id, agency, assignee, suspended, undated, due_date, created, case_ref, life_event)"
                + " select distinct T.ID_, L.GROUP_ID_, T.ASSIGNEE_,"
                + " case when T.SUSPENSION_STATE_ = 1 then false else true end,"
                + " case when T.DUE_DATE_ is null then true else false end, T.DUE_DATE_, T.CREATE_TIME_, R.BUSINESS_KEY_, D.KEY_"
                + " from " + taskTable + " T"
                + " join " + management.getTableName(IdentityLinkEntity.class) + " L on L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate'"
                + " and L.GROUP_ID_ is not null"
                + " left join " + executions + " E on E.ID_ = T.PROC_INST_ID_"
                + " left join " + executions + " R on R.ID_ = coalesce(E.ROOT_PROC_INST_ID_, E.ID_)"
                + " left join " + management.getTableName(ProcessDefinitionEntity.class) + " D on D.ID_ = R.PROC_DEF_ID_";
    }

    /**
     * Copies these tasks' rows anew, and those of every task of these process instances (suspending or activating one
     * changes its tasks without a task event). A task that is gone keeps no row.
     */
    void copyAnew(SortedSet<String> taskIds, SortedSet<String> processInstanceIds) {
        var ids = new ArrayList<>(taskIds);
        for (var instances : chunks(new ArrayList<>(processInstanceIds))) {
            ids.addAll(jdbc.queryForList("select ID_ from " + taskTable + " where PROC_INST_ID_ in (:instances)",
                    Map.of("instances", instances), String.class));
        }
        for (var chunk : chunks(ids.stream().distinct().sorted().toList())) {
            jdbc.update("delete from worklist_entry where task_id in (:ids)", Map.of("ids", chunk));
            jdbc.update(copy + " where T.ID_ in (:ids)", Map.of("ids", chunk));
        }
    }

    /**
     * At start, copies the open tasks that have no row: all of them when the table is new, none on a usual start. A
     * node of another version must not change tasks meanwhile (docs/adr/0071).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void copyTasksWithoutRows() {
        try {
            int copied = jdbc.update(copy + " where not exists (select 1 from worklist_entry W where W.task_id = T.ID_)", Map.of());
            if (copied > 0) {
                log.info("The worklist's read model took in {} offers of open tasks it did not have", copied);
            }
        } catch (DataIntegrityViolationException e) {
            log.info("Another node copied the open tasks into the worklist's read model at the same time");
        }
    }

    private static List<List<String>> chunks(List<String> ids) {
        var chunks = new ArrayList<List<String>>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
