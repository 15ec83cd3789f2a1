package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The retention rule on the embedded default's database (H2, our Flyway scripts): what is old enough goes, with every
 * row that belongs to it, and nothing else. {@code CaseFileRetentionIT} does the same with real cases on PostgreSQL.
 */
class CaseFileRetentionTest {

    private static final Instant NOW = Instant.parse("2036-06-01T02:30:00Z");
    private static final Duration RETENTION = Duration.ofDays(3650);

    private NamedParameterJdbcTemplate jdbc;
    private CaseFileRetention retention;
    private final Map<String, Long> caseIds = new HashMap<>();
    private long nextId = 1;

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:retention-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        retention = new CaseFileRetention(jdbc, new DataSourceTransactionManager(dataSource),
                mock(HistoryService.class, RETURNS_DEEP_STUBS), Clock.fixed(NOW, ZoneOffset.UTC), RETENTION);
    }

    @Test
    void the_cutoff_is_the_retention_before_the_case_file_clock() {
        assertThat(retention.cutoff()).isEqualTo(NOW.minus(RETENTION));
    }

    @Test
    void a_retention_of_zero_or_less_is_refused_rather_than_deleting_every_closed_case() {
        var dataSource = new JdbcDataSource();
        var transactions = new DataSourceTransactionManager(dataSource);
        assertThatThrownBy(() -> new CaseFileRetention(jdbc, transactions, mock(HistoryService.class), Clock.systemUTC(), Duration.ZERO))
                .hasMessageContaining("retention-enabled=false");
        assertThatThrownBy(() -> new CaseFileRetention(jdbc, transactions, mock(HistoryService.class), Clock.systemUTC(), Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_case_closed_longer_ago_than_the_retention_goes_with_every_row_of_its_file() {
        caseFile("LE-2026-000001", "CLOSED", NOW.minus(RETENTION).minusSeconds(1));
        caseFile("LE-2026-000002", "CLOSED", NOW.minus(RETENTION).plusSeconds(1));
        caseFile("LE-2026-000003", "OPEN", null);
        caseFile("LE-2026-000004", "WAITING", null);

        var outcome = retention.deleteExpired();

        assertThat(outcome.cases()).isEqualTo(1);
        assertThat(rowsOf("LE-2026-000001")).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        for (var kept : new String[] {"LE-2026-000002", "LE-2026-000003", "LE-2026-000004"}) {
            assertThat(rowsOf(kept)).as(kept).allSatisfy((table, rows) -> assertThat(rows).as(table).isEqualTo(1));
        }
    }

    @Test
    void a_backlog_is_deleted_in_batches_and_a_second_run_finds_nothing() {
        int backlog = CaseFileRetention.BATCH_SIZE * 2 + 7;
        for (int i = 1; i <= backlog; i++) {
            caseFile("LE-2016-%06d".formatted(i), "CLOSED", NOW.minus(RETENTION).minus(Duration.ofDays(i)));
        }

        assertThat(retention.deleteExpired().cases()).isEqualTo(backlog);
        assertThat(retention.deleteExpired().cases()).isZero();
        assertThat(jdbc.getJdbcTemplate().queryForObject("select count(*) from life_event_case", Long.class)).isZero();
    }

    @Test
    void feed_records_of_no_case_go_when_older_than_the_retention_and_those_of_a_kept_case_stay() {
        handledEvent(null, NOW.minus(RETENTION).minusSeconds(1));
        handledEvent(null, NOW.minus(RETENTION).plusSeconds(1));
        caseFile("LE-2026-000010", "OPEN", null);
        handledEvent("LE-2026-000010", NOW.minus(RETENTION).minus(Duration.ofDays(30)));

        var outcome = retention.deleteExpired();

        assertThat(outcome.handledEventsOfNoCase()).isEqualTo(1);
        assertThat(jdbc.getJdbcTemplate().queryForList("select case_reference from handled_register_event order by id", String.class))
                .containsExactly(null, "LE-2026-000010", "LE-2026-000010");
    }

    /** A case with one row in every table of ours that belongs to a case. */
    private void caseFile(String reference, String status, Instant closedAt) {
        long id = nextId++;
        caseIds.put(reference, id);
        var pid = "pi-" + reference;
        var opened = NOW.minus(RETENTION).minus(Duration.ofDays(400)).atOffset(ZoneOffset.UTC);
        var sql = jdbc.getJdbcTemplate();
        sql.update("insert into life_event_case (id, reference, life_event_id, subject, status, opened_at, closed_at, "
                + "process_instance_id, version) values (?, ?, 'death-and-inheritance', '03851598730', ?, ?, ?, ?, 0)",
                id, reference, status, opened, closedAt == null ? null : closedAt.atOffset(ZoneOffset.UTC), pid);
        sql.update("insert into case_timeline_entry (id, case_id, occurred_at, kind, text, source) values (?, ?, ?, 'CASE_OPENED', 'Case opened', 'process')",
                id, id, opened);
        sql.update("insert into data_access_entry (id, case_id, accessed_at, register, purpose, legal_basis, about, fields) "
                + "values (?, ?, ?, 'folkeregisteret', 'p', 'l', '03851598730', 'f')", id, id, opened);
        sql.update("insert into agency_notice (id, case_ref, agency, notice, attempts, sent_at, version) values (?, ?, 'nav', 'n', 1, ?, 0)",
                UUID.randomUUID().toString(), reference, opened);
        sql.update("insert into citizen_letter (id, case_ref, recipient, letter, channel, sent_at) values (?, ?, '03851598730', 'l', 'DIGITAL', ?)",
                UUID.randomUUID().toString(), reference, opened);
        sql.update("insert into estate_overview_item (id, case_ref, source, item_no, summary, entitled_heirs, gathered_at) "
                + "values (?, ?, 'dsop', 1, 's', 'h', ?)", id, reference, opened);
        sql.update("insert into heir_declaration (case_ref, heir_id, heir_name, answered_by, choice, takes_on_debts, asked_at) "
                + "values (?, '03851598730', 'n', '03851598730', null, false, ?)", reference, opened);
        sql.update("insert into evidence_report (id, case_ref, process_instance_id, evidence_subject, reader, register, owner_agency, "
                + "facts_shown, text, reported_at) values (?, ?, ?, 'estate-declaration', '03851598730', 'kartverket', 'kartverket', 'f', 't', ?)",
                UUID.randomUUID().toString(), reference, pid, opened);
        sql.update("insert into signed_declaration (id, case_ref, process_instance_id, deceased, choice, document, created_at) "
                + "values (?, ?, ?, '03851598730', 'private-settlement', ?, ?)", id, reference, "sign-" + pid, new byte[] {'%', 'P'}, opened);
        sql.update("insert into declaration_signer (declaration_id, signer, takes_on_debt) values (?, '03851598730', true)", id);
        // Written where the engine knew only the process instance: found through the case's process instance id.
        sql.update("insert into task_audit_entry (id, occurred_at, action, actor, task_id, process_instance_id) values (?, ?, 'COMPLETED', 'u', 't', ?)",
                id, opened, pid);
        sql.update("insert into case_clock_stop (id, case_ref, root_process_instance_id, task_id, started_at) values (?, ?, ?, 't', ?)",
                id, reference, pid, opened);
        sql.update("insert into process_migration (batch_id, source_definition_id, target_definition_id, requested_by, requested_at, "
                + "skipped_instances) values (?, 's', 't', 'admin', ?, 0)", "batch-" + reference, opened);
        sql.update("insert into process_migration_instance (batch_id, process_instance_id, case_ref) values (?, ?, ?)",
                "batch-" + reference, pid, reference);
        sql.update("insert into case_representative (process_instance_id, variable_name, representative, this_case_only) "
                + "values (?, 'heirs', '03851598730', false)", pid);
        handledEvent(reference, opened.toInstant());
    }

    private void handledEvent(String caseReference, Instant handledAt) {
        long id = nextId++;
        jdbc.getJdbcTemplate().update("insert into handled_register_event (id, feed_name, event_key, event_type, outcome, case_reference, handled_at) "
                + "values (?, 'folkeregisteret', ?, 'personErDoed', ?, ?, ?)",
                id, "event-" + id, caseReference == null ? "SKIPPED" : "OPENED", caseReference, handledAt.atOffset(ZoneOffset.UTC));
    }

    private Map<String, Long> rowsOf(String reference) {
        var pid = "pi-" + reference;
        var sql = jdbc.getJdbcTemplate();
        var rows = new LinkedHashMap<String, Long>();
        rows.put("life_event_case", sql.queryForObject("select count(*) from life_event_case where reference = ?", Long.class, reference));
        long id = caseIds.get(reference);
        rows.put("case_timeline_entry", sql.queryForObject("select count(*) from case_timeline_entry where case_id = ?", Long.class, id));
        rows.put("data_access_entry", sql.queryForObject("select count(*) from data_access_entry where case_id = ?", Long.class, id));
        rows.put("agency_notice", sql.queryForObject("select count(*) from agency_notice where case_ref = ?", Long.class, reference));
        rows.put("citizen_letter", sql.queryForObject("select count(*) from citizen_letter where case_ref = ?", Long.class, reference));
        rows.put("estate_overview_item", sql.queryForObject("select count(*) from estate_overview_item where case_ref = ?", Long.class, reference));
        rows.put("heir_declaration", sql.queryForObject("select count(*) from heir_declaration where case_ref = ?", Long.class, reference));
        rows.put("evidence_report", sql.queryForObject("select count(*) from evidence_report where case_ref = ?", Long.class, reference));
        rows.put("signed_declaration", sql.queryForObject("select count(*) from signed_declaration where case_ref = ?", Long.class, reference));
        rows.put("declaration_signer", sql.queryForObject("select count(*) from declaration_signer where declaration_id = ?", Long.class, id));
        rows.put("task_audit_entry", sql.queryForObject("select count(*) from task_audit_entry where process_instance_id = ?", Long.class, pid));
        rows.put("case_clock_stop", sql.queryForObject("select count(*) from case_clock_stop where case_ref = ?", Long.class, reference));
        rows.put("process_migration", sql.queryForObject("select count(*) from process_migration where batch_id = ?", Long.class, "batch-" + reference));
        rows.put("process_migration_instance", sql.queryForObject("select count(*) from process_migration_instance where case_ref = ?", Long.class, reference));
        rows.put("case_representative", sql.queryForObject("select count(*) from case_representative where process_instance_id = ?", Long.class, pid));
        rows.put("handled_register_event", sql.queryForObject("select count(*) from handled_register_event where case_reference = ?", Long.class, reference));
        return rows;
    }
}
