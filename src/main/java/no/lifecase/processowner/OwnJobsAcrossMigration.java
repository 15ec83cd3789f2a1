package no.lifecase.processowner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.batch.BatchJobHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.batch.MigrationBatchConfiguration;
import org.camunda.bpm.engine.impl.migration.batch.MigrationBatchJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Carries Lifecase's own timers (job handler types {@value #OWN_TYPE_PREFIX}…, such as the task deadlines of ADR
 * 0025) across a migration. The engine migrates only the jobs its models declare and refuses an instance with any
 * other job ("contains not migrated jobs"), so these timers are taken off the instance just before the engine
 * migrates it and put back on the same execution (now on the target version) just after, in the same transaction.
 * The engine's migration batch handler is replaced by one that does this around each of its jobs (ADR 0031).
 */
@Component
class OwnJobsAcrossMigration extends AbstractProcessEnginePlugin {

    static final String OWN_TYPE_PREFIX = "lifecase-";

    /** One of our timers, taken off its execution for the migration. */
    record OwnTimer(String jobId, String executionId, String processInstanceId) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var handlers = new ArrayList<BatchJobHandler<?>>();
        if (configuration.getCustomBatchJobHandlers() != null) {
            handlers.addAll(configuration.getCustomBatchJobHandlers());
        }
        handlers.add(new MigrationBatchJobHandler() {
            @Override
            public void executeHandler(MigrationBatchConfiguration batch, ExecutionEntity execution, CommandContext context, String tenantId) {
                var timers = detach(context, batch.getIds());
                super.executeHandler(batch, execution, context, tenantId);
                reattach(context, timers);
            }
        });
        configuration.setCustomBatchJobHandlers(handlers);
    }

    /**
     * Takes our own timers off these process instances, so the engine's migration does not see them. Done in SQL on
     * the command's connection, in its transaction: the engine reads the instance's jobs from the database, and
     * neither its job update nor a flush in the middle of a command can change which instance a job belongs to.
     */
    static List<OwnTimer> detach(CommandContext context, Collection<String> processInstanceIds) {
        var timers = new ArrayList<OwnTimer>();
        String table = context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_JOB";
        try {
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            try (var select = connection.prepareStatement("select ID_, EXECUTION_ID_ from " + table
                    + " where PROCESS_INSTANCE_ID_ = ? and TYPE_ = 'timer' and HANDLER_TYPE_ like '" + OWN_TYPE_PREFIX + "%'")) {
                for (String id : processInstanceIds) {
                    select.setString(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            timers.add(new OwnTimer(rows.getString(1), rows.getString(2), id));
                        }
                    }
                }
            }
            try (var update = connection.prepareStatement("update " + table
                    + " set PROCESS_INSTANCE_ID_ = null, EXECUTION_ID_ = null, REV_ = REV_ + 1 where ID_ = ?")) {
                for (var timer : timers) {
                    update.setString(1, timer.jobId());
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot take Lifecase's timers off the process instances " + processInstanceIds, e);
        }
        return timers;
    }

    /** Puts each timer back on its execution, or on its process instance if the migration replaced the execution. */
    static void reattach(CommandContext context, List<OwnTimer> timers) {
        if (timers.isEmpty()) {
            return;
        }
        String table = context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_JOB";
        try (var update = context.getDbSqlSession().getSqlSession().getConnection().prepareStatement("update " + table
                + " set PROCESS_INSTANCE_ID_ = ?, EXECUTION_ID_ = ?, PROCESS_DEF_ID_ = ?, PROCESS_DEF_KEY_ = ?, REV_ = REV_ + 1"
                + " where ID_ = ?")) {
            for (var timer : timers) {
                ExecutionEntity execution = context.getExecutionManager().findExecutionById(timer.executionId());
                if (execution == null) {
                    execution = context.getExecutionManager().findExecutionById(timer.processInstanceId());
                }
                update.setString(1, timer.processInstanceId());
                update.setString(2, execution == null ? null : execution.getId());
                update.setString(3, execution == null ? null : execution.getProcessDefinitionId());
                update.setString(4, execution == null ? null : execution.getProcessDefinition().getKey());
                update.setString(5, timer.jobId());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot put Lifecase's timers back on their process instances", e);
        }
    }
}
