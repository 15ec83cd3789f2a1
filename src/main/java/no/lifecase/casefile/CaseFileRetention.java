package no.lifecase.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the whole case file of every case closed longer ago than {@code lifecase.case-file.retention} (ten years
 * unless set, the models' history time to live), so that with the engine's history cleanup the database stays
 * bounded. Open and waiting cases are never touched. Works in batches, each its own transaction; the cases of a batch
 * are locked with SKIP LOCKED, so two nodes running at once share the work instead of deleting the same rows.
 * See docs/adr/0034-case-file-retention.md.
 */
@Component
public class CaseFileRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseFileRetention.class);
    static final int BATCH_SIZE = 100;
    static final int HANDLED_EVENTS_BATCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final HistoryService history;
    private final Clock clock;
    private final Duration retention;

    CaseFileRetention(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, HistoryService history,
            Clock clock, @Value("${lifecase.case-file.retention:P3650D}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("lifecase.case-file.retention must be longer than zero, was " + retention
                    + "; turn the deletion off with lifecase.case-file.retention-enabled=false instead");
        }
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.history = history;
        this.clock = clock;
        this.retention = retention;
    }

    /** Cases closed before this instant have outlived the retention. */
    Instant cutoff() {
        return clock.instant().minus(retention);
    }

    /** Deletes every case file that has outlived the retention, and feed records tied to no case that are as old. */
    public Outcome deleteExpired() {
        var cutoff = cutoff();
        int cases = 0;
        int batches = 0;
        int deleted;
        do {
            deleted = transaction.execute(status -> deleteBatch(cutoff));
            cases += deleted;
            batches += deleted > 0 ? 1 : 0;
        } while (deleted == BATCH_SIZE);
        int handledEvents = 0;
        do {
            deleted = transaction.execute(status -> deleteHandledEventsOfNoCase(cutoff));
            handledEvents += deleted;
        } while (deleted == HANDLED_EVENTS_BATCH_SIZE);
        int migrations = transaction.execute(status -> deleteEmptyMigrations(cutoff));
        log.info("Case file retention ({}): deleted {} cases closed before {} in {} batches, {} feed records of no case, "
                + "{} emptied migration records", retention, cases, cutoff, batches, handledEvents, migrations);
        return new Outcome(cases, handledEvents, migrations);
    }

    /** What one run deleted: case files, feed records tied to no case, and migration records whose cases are all gone. */
    public record Outcome(int cases, int handledEventsOfNoCase, int emptiedMigrations) {
    }

    /** One batch, all or nothing: the cases it locked and every row of ours that belongs to them. */
    private int deleteBatch(Instant cutoff) {
        var closed = jdbc.queryForList("""
                select id, reference, process_instance_id from life_event_case
                where status = 'CLOSED' and closed_at < :cutoff
                order by closed_at, id
                fetch first %d rows only
                for update skip locked""".formatted(BATCH_SIZE), Map.of("cutoff", cutoff.atOffset(ZoneOffset.UTC)));
        if (closed.isEmpty()) {
            return 0;
        }
        var ids = new ArrayList<Long>();
        var references = new ArrayList<String>();
        var processInstances = new LinkedHashSet<String>();
        for (var row : closed) {
            ids.add(((Number) row.get("id")).longValue());
            references.add((String) row.get("reference"));
            if (row.get("process_instance_id") != null) {
                processInstances.add((String) row.get("process_instance_id"));
            }
        }
        processInstances.addAll(earlierProcessInstances(references));
        var params = new MapSqlParameterSource().addValue("ids", ids).addValue("refs", references)
                .addValue("pids", List.copyOf(processInstances));
        jdbc.update("delete from case_page where case_id in (:ids)", params);
        jdbc.update("delete from case_timeline_entry where case_id in (:ids)", params);
        jdbc.update("delete from data_access_entry where case_id in (:ids)", params);
        jdbc.update("delete from case_person_name where case_id in (:ids)", params);
        jdbc.update("delete from agency_notice where case_ref in (:refs)", params);
        jdbc.update("delete from citizen_letter where case_ref in (:refs)", params);
        jdbc.update("delete from decision_appeal where case_ref in (:refs)", params);   // refers to its document
        jdbc.update("delete from citizen_document where case_ref in (:refs)", params);
        // After the documents, which name the decisions they tell of.
        jdbc.update("delete from case_decision where case_ref in (:refs)", params);
        jdbc.update("delete from estate_overview_item where case_ref in (:refs)", params);
        jdbc.update("delete from heir_declaration where case_ref in (:refs)", params);
        jdbc.update("delete from evidence_report where case_ref in (:refs)", params);
        // The heirs' signed declaration to the court (docs/adr/0062): its signers first, which name it.
        jdbc.update("delete from declaration_signer where declaration_id in (select id from signed_declaration where case_ref in (:refs))",
                params);
        jdbc.update("delete from signed_declaration where case_ref in (:refs)", params);
        jdbc.update("delete from task_audit_entry where case_ref in (:refs)", params);
        jdbc.update("delete from case_clock_stop where case_ref in (:refs)", params);
        jdbc.update("delete from process_migration_instance where case_ref in (:refs)", params);
        jdbc.update("delete from handled_register_event where case_reference in (:refs)", params);
        if (!processInstances.isEmpty()) {
            // Rows written where the engine knew the process instance but no valid case reference.
            jdbc.update("delete from task_audit_entry where process_instance_id in (:pids)", params);
            jdbc.update("delete from case_clock_stop where root_process_instance_id in (:pids)", params);
            jdbc.update("delete from process_migration_instance where process_instance_id in (:pids)", params);
            jdbc.update("delete from case_representative where process_instance_id in (:pids)", params);
        }
        return jdbc.update("delete from life_event_case where id in (:ids)", params);
    }

    /**
     * Process instances the case ran before its current one (a case reopened under the same reference) and the
     * processes it called, as far as the engine's history still knows them, and as our own records name them.
     */
    private Set<String> earlierProcessInstances(List<String> references) {
        var found = new LinkedHashSet<String>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(references.toArray(String[]::new)).list()
                .stream().map(HistoricProcessInstance::getId).forEach(found::add);
        var refs = Map.of("refs", references);
        found.addAll(jdbc.queryForList("""
                select process_instance_id from task_audit_entry where case_ref in (:refs) and process_instance_id is not null
                union select root_process_instance_id from case_clock_stop where case_ref in (:refs)
                union select process_instance_id from process_migration_instance where case_ref in (:refs)""",
                refs, String.class));
        return found;
    }

    /**
     * Feed records of events that opened or reached no case (skipped) and are older than the retention. Their only use
     * is to stop a feed handling the same event twice, and no feed delivers an event again after years.
     */
    private int deleteHandledEventsOfNoCase(Instant cutoff) {
        return jdbc.update("""
                delete from handled_register_event where id in (
                    select id from handled_register_event
                    where case_reference is null and handled_at < :cutoff
                    fetch first %d rows only
                    for update skip locked)""".formatted(HANDLED_EVENTS_BATCH_SIZE), Map.of("cutoff", cutoff.atOffset(ZoneOffset.UTC)));
    }

    /** A migration requested before the cutoff whose cases have all been deleted says nothing about any case. */
    private int deleteEmptyMigrations(Instant cutoff) {
        return jdbc.update("""
                delete from process_migration m
                where m.requested_at < :cutoff
                and not exists (select 1 from process_migration_instance i where i.batch_id = m.batch_id)""",
                Map.of("cutoff", cutoff.atOffset(ZoneOffset.UTC)));
    }
}
