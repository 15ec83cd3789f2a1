package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine stores of a case takes no more room than it must (ADR 0072): its history tables keep the indexes the
 * engine's writes, deletions and cleanup use, and its rows get short, time-ordered ids.
 */
@LifecaseIT
class EngineStorageIT {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_largest_history_tables_keep_their_key_and_the_indexes_by_instance_and_removal_time() {
        assertThat(indexesOf("act_hi_actinst")).containsExactlyInAnyOrder("act_hi_actinst_pkey",
                "act_idx_hi_actinst_root_pi", "act_idx_hi_act_inst_procinst", "act_idx_hi_act_inst_rm_time");
        assertThat(indexesOf("act_hi_varinst")).containsExactlyInAnyOrder("act_hi_varinst_pkey",
                "act_idx_hi_varinst_root_pi", "act_idx_hi_procvar_proc_inst", "act_idx_hi_varinst_bytear",
                "act_idx_hi_varinst_rm_time");
        assertThat(indexesOf("act_hi_dec_in")).containsExactlyInAnyOrder("act_hi_dec_in_pkey",
                "act_idx_hi_dec_in_inst", "act_idx_hi_dec_in_root_pi", "act_idx_hi_dec_in_rm_time");
        assertThat(indexesOf("act_hi_dec_out")).containsExactlyInAnyOrder("act_hi_dec_out_pkey",
                "act_idx_hi_dec_out_inst", "act_idx_hi_dec_out_root_pi", "act_idx_hi_dec_out_rm_time");
    }

    @Test
    void the_engine_gives_its_rows_time_ordered_ids_of_26_characters() {
        assertThat(jdbc.queryForList("select id_ from act_re_procdef", String.class))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id).matches("[\\w-]+:\\d+:[0-9a-z]{26}"));
    }

    private List<String> indexesOf(String table) {
        return jdbc.queryForList("select indexname from pg_indexes where schemaname = 'public' and tablename = ?", String.class, table);
    }
}
