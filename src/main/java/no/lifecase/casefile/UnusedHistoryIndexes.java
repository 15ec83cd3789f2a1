package no.lifecase.casefile;

import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Drops the indexes Camunda creates on its history tables for filters of its query API that neither Lifecase nor the
 * engine itself ever asks (docs/adr/0072-history-indexes-nobody-reads.md). Each closed case keeps its history for its
 * time to live, and these indexes were a sixth of what it kept; every history row written paid for them too. The
 * engine has made its schema by the time a plugin's {@code postProcessEngineBuild} runs, so they are dropped right after,
 * on every start: an index already gone is left alone.
 */
@Component
class UnusedHistoryIndexes extends AbstractProcessEnginePlugin {

    /**
     * What stays on these tables is their key and the indexes by process instance, root process instance, decision
     * instance and removal time, which the engine's writes, deletions and history cleanup use.
     */
    static final List<String> DROPPED = List.of(
            // activity instances: by time, by definition, by tenant, and the statistics of Cockpit's enterprise edition
            "ACT_IDX_HI_ACT_INST_START_END", "ACT_IDX_HI_ACT_INST_END", "ACT_IDX_HI_ACT_INST_COMP", "ACT_IDX_HI_ACT_INST_STATS",
            "ACT_IDX_HI_ACT_INST_TENANT_ID", "ACT_IDX_HI_ACT_INST_PROC_DEF_KEY", "ACT_IDX_HI_AI_PDEFID_END_TIME",
            // variables: by name across all cases, by definition, by tenant, by case-management instance, by activity
            "ACT_IDX_HI_PROCVAR_NAME_TYPE", "ACT_IDX_HI_VAR_PI_NAME_TYPE", "ACT_IDX_HI_VARINST_NAME",
            "ACT_IDX_HI_VAR_INST_TENANT_ID", "ACT_IDX_HI_VAR_INST_PROC_DEF_KEY", "ACT_IDX_HI_CASEVAR_CASE_INST",
            "ACT_IDX_HI_VARINST_ACT_INST_ID",
            // a decision's inputs by clause and outputs by rule: the decision instance's own index finds both
            "ACT_IDX_HI_DEC_IN_CLAUSE", "ACT_IDX_HI_DEC_OUT_RULE");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String index : DROPPED) {
                statement.execute("drop index if exists " + index);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("The history indexes nobody reads could not be dropped: " + e.getMessage(), e);
        }
    }
}
