package no.lifecase.casefile;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The reads of a case page that would otherwise go through the engine's general queries. Those build their SQL from
 * a large dynamic statement on every call, which cost a third of the page's time; these are plain statements on the
 * same tables, with the same meaning as the queries named on each method.
 */
@Component
public class CaseTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final String taskTable;
    private final String executionTable;
    private final String identityLinkTable;

    CaseTasks(TaskService tasks, RuntimeService runtime, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.taskTable = management.getTableName(TaskEntity.class);
        this.executionTable = management.getTableName(ExecutionEntity.class);
        this.identityLinkTable = management.getTableName(IdentityLinkEntity.class);
    }

    /** As {@code runtime.createProcessInstanceQuery().processInstanceId(id).singleResult()}. */
    public ProcessInstance processInstance(String processInstanceId) {
        return runtime.createNativeProcessInstanceQuery()
                .sql("select * from " + executionTable + " where ID_ = #{id} and PROC_INST_ID_ = ID_")
                .parameter("id", processInstanceId)
                .singleResult();
    }

    /** As {@code tasks.createTaskQuery().processInstanceId(id).list()}. */
    public List<Task> ofProcessInstance(String processInstanceId) {
        return tasks.createNativeTaskQuery()
                .sql("select * from " + taskTable + " where PROC_INST_ID_ = #{id}")
                .parameter("id", processInstanceId)
                .list();
    }

    /** The open tasks of the case's process instances, as a task query by business key. */
    public List<Task> ofCase(CaseReference reference) {
        return tasks.createNativeTaskQuery()
                .sql("select T.* from " + taskTable + " T join " + executionTable + " P on P.ID_ = T.PROC_INST_ID_"
                        + " where P.BUSINESS_KEY_ = #{reference}")
                .parameter("reference", reference.value())
                .list();
    }

    /** The people a task is offered to, as its candidate users among {@code tasks.getIdentityLinksForTask(id)}. */
    public List<String> candidateUsers(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(link -> link.getUserId())
                .sorted()
                .toList();
    }

    /**
     * The active tasks of the case's process instances that wait for this person: assigned to them, or offered to
     * them while nobody has taken them. As a task query by business key, active, with assignee or candidate user,
     * oldest first.
     */
    public List<Task> waitingFor(CaseReference reference, String userId) {
        return tasks.createNativeTaskQuery()
                .sql("select T.* from " + taskTable + " T join " + executionTable + " P on P.ID_ = T.PROC_INST_ID_"
                        + " where P.BUSINESS_KEY_ = #{reference} and T.SUSPENSION_STATE_ = 1"
                        + " and (T.ASSIGNEE_ = #{user} or (T.ASSIGNEE_ is null and exists (select 1 from " + identityLinkTable
                        + " L where L.TASK_ID_ = T.ID_ and L.TYPE_ = #{candidate} and L.USER_ID_ = #{user})))"
                        + " order by T.CREATE_TIME_ asc, T.ID_ asc")
                .parameter("reference", reference.value())
                .parameter("user", userId)
                .parameter("candidate", IdentityLinkType.CANDIDATE)
                .list();
    }
}
