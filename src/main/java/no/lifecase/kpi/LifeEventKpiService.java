package no.lifecase.kpi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTypes;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owners' figures per life event (ADR 0032), from our case table and the engine's history tables
 * in the same database. Counting and summing happen in the database; only the lead times of the cases closed in
 * the period come back, one number per case, for the percentiles.
 */
@Service
class LifeEventKpiService {

    /** Cases opened and closed in the period. */
    private static final String OPENED = """
            select life_event_id, count(*) from life_event_case
            where opened_at >= ? and opened_at < ?
            group by life_event_id""";

    /** Every case closed in the period, with whether its process (called processes included) had any user task. */
    private static final String CLOSED = """
            select c.life_event_id, c.opened_at, c.closed_at,
                   case when exists (select 1 from act_hi_taskinst t where t.root_proc_inst_id_ = c.process_instance_id)
                        then 1 else 0 end as manual
            from life_event_case c
            where c.closed_at >= ? and c.closed_at < ?""";

    /**
     * Per life event (the root process's key) and candidate group: tasks completed in the period, their time from
     * creation to completion, how many of them after their due date, and the tasks open now past their due date.
     */
    private static final String AGENCY_TASKS = """
            select p.proc_def_key_, l.group_id_,
                   sum(case when t.end_time_ is not null then 1 else 0 end),
                   sum(case when t.end_time_ is not null then t.duration_ else 0 end),
                   sum(case when t.end_time_ is not null and t.due_date_ is not null and t.end_time_ > t.due_date_ then 1 else 0 end),
                   sum(case when t.end_time_ is null then 1 else 0 end)
            from act_hi_taskinst t
            join act_hi_procinst p on p.proc_inst_id_ = t.root_proc_inst_id_
            join (select distinct task_id_, group_id_ from act_hi_identitylink
                  where type_ = 'candidate' and operation_type_ = 'add' and group_id_ is not null) l on l.task_id_ = t.id_
            where (t.end_time_ >= ? and t.end_time_ < ? and t.delete_reason_ = 'completed')
               or (t.end_time_ is null and t.due_date_ < ?)
            group by p.proc_def_key_, l.group_id_""";

    private final JdbcTemplate jdbc;
    private final RepositoryService repository;
    private final AgencyCatalogue agencies;
    private final Clock clock;
    private final CaseTypes caseTypes;

    LifeEventKpiService(JdbcTemplate jdbc, RepositoryService repository, AgencyCatalogue agencies, Clock clock, CaseTypes caseTypes) {
        this.caseTypes = caseTypes;
        this.jdbc = jdbc;
        this.repository = repository;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Kpis figures(KpiPeriod period) {
        var tally = new KpiTally();
        var from = OffsetDateTime.ofInstant(period.from(), ZoneOffset.UTC);
        var to = OffsetDateTime.ofInstant(period.to(), ZoneOffset.UTC);
        jdbc.query(OPENED, rs -> {
            tally.opened(rs.getString(1), rs.getLong(2));
        }, from, to);
        jdbc.query(CLOSED, rs -> {
            var opened = rs.getObject(2, OffsetDateTime.class);
            var closed = rs.getObject(3, OffsetDateTime.class);
            tally.closed(rs.getString(1), Duration.between(opened, closed).toSeconds(), rs.getInt(4) == 1);
        }, from, to);
        // The engine writes its times as local timestamps of this JVM, through java.sql.Timestamp, so we compare likewise.
        var now = ClockUtil.getCurrentTime().toInstant();
        jdbc.query(AGENCY_TASKS, rs -> {
            String lifeEvent = rs.getString(1);
            String group = rs.getString(2);
            if (caseTypes.find(lifeEvent).isPresent() && agencies.isAgency(group)) {
                tally.agencyTasks(lifeEvent, group, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            }
        }, Timestamp.from(period.from()), Timestamp.from(period.to()), Timestamp.from(now));
        var deployed = new HashSet<String>();
        for (var lifeEvent : caseTypes.all()) {
            if (repository.createProcessDefinitionQuery().processDefinitionKey(lifeEvent.processKey()).count() > 0) {
                deployed.add(lifeEvent.id());
            }
        }
        return new Kpis(period.from(), period.to(), clock.instant(), tally.figures(caseTypes.all(), deployed,
                id -> agencies.find(id).map(Agency::nameEnglish).orElse(id)));
    }
}
