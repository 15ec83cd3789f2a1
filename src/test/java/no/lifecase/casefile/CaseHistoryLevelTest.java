package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

class CaseHistoryLevelTest {

    private final CaseHistoryLevel level = CaseHistoryLevel.INSTANCE;

    @Test
    void keeps_what_audit_keeps() {
        for (var type : HistoryEventTypes.values()) {
            if (HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(type, null)) {
                assertThat(level.isHistoryEventProduced(type, null)).as(type.name()).isTrue();
            }
        }
    }

    @Test
    void keeps_decisions_incidents_staff_operations_and_task_offers() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.INCIDENT_CREATE, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.INCIDENT_RESOLVE, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.IDENTITY_LINK_ADD, null)).isTrue();
    }

    @Test
    void leaves_out_the_job_log_and_intermediate_variable_values() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, null)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, null)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, null)).isFalse();
    }

    @Test
    void has_a_name_and_an_id_of_its_own() {
        assertThat(level.getName()).isEqualTo("lifecase-audit");
        assertThat(level.getId()).isNotIn(0, 1, 2, 3);
    }
}
