package no.lifecase.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's read model (docs/adr/0069): one row per open case holding its {@link CasePageFacts}, brought up to
 * date in each transaction that changes the case, so reading a page is one read by the case's key. A closed case
 * changes no more and keeps no row; its page is read from the case file, which is then all there is to show.
 */
@Service
public class CasePages {

    private static final Logger log = LoggerFactory.getLogger(CasePages.class);

    /** The pages read most, not every open case: 1 000 rows' texts are about 3.5 MB, their parsed facts more. */
    private static final int PARSED_PAGES_KEPT = 1_000;

    private final LifeEventCaseRepository cases;
    private final CaseTimeline timeline;
    private final DataAccessLog dataAccess;
    private final CasePlan plan;
    private final CaseTasks tasks;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final ParsedCasePages parsed = new ParsedCasePages(PARSED_PAGES_KEPT);

    @PersistenceContext
    private EntityManager entityManager;

    CasePages(LifeEventCaseRepository cases, CaseTimeline timeline, DataAccessLog dataAccess, CasePlan plan, CaseTasks tasks,
              JdbcTemplate jdbc, ObjectMapper json, Clock clock, IdentityService identity, ProcessEngineConfigurationImpl engine) {
        this.cases = cases;
        this.timeline = timeline;
        this.dataAccess = dataAccess;
        this.plan = plan;
        this.tasks = tasks;
        this.jdbc = jdbc;
        // Times as numbers: reading ISO text back was two thirds of reading a page's facts.
        this.json = json.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.clock = clock;
        this.identity = identity;
        this.engine = engine;
    }

    /** What the case's page shows: its row, or for a closed case (or one opened before pages were kept), the case file. */
    @Transactional(readOnly = true)
    public CasePageFacts of(LifeEventCase lifeEventCase) {
        return stored(lifeEventCase, "").orElseGet(() -> build(lifeEventCase));
    }

    /** The facts read afresh from the case file and the engine: what the row must always agree with. */
    @Transactional(readOnly = true)
    public CasePageFacts build(LifeEventCase lifeEventCase) {
        var open = tasks.ofCase(lifeEventCase.reference());
        return new CasePageFacts(
                timeline.of(lifeEventCase).stream().map(CasePageFacts.TimelineLine::of).toList(),
                plan.ahead(lifeEventCase, open),
                dataAccess.of(lifeEventCase).stream().map(CasePageFacts.Read::of).toList(),
                waiting(open));
    }

    /** Called by {@link CasePageChanges} just before a transaction that changed these cases commits. */
    void update(Map<String, CasePageChanges.Changes> byCase) {
        // The rows are written with plain SQL, which sees only what JPA has written out.
        entityManager.flush();
        // The page is Lifecase's own bookkeeping, read whole whoever's action changed the case: a caseworker who may
        // take a task through the engine's REST API may not read the case's variables, timers or other tasks.
        var actor = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            byCase.forEach((reference, changes) -> cases.findByReference(reference).ifPresent(lifeEventCase -> update(lifeEventCase, changes)));
        } finally {
            if (actor != null) {
                identity.setAuthentication(actor);
            }
        }
    }

    private void update(LifeEventCase lifeEventCase, CasePageChanges.Changes changes) {
        if (lifeEventCase.status() == CaseStatus.CLOSED) {
            jdbc.update("delete from case_page where case_id = ?", lifeEventCase.id());
            return;
        }
        // Locking the row first makes a concurrent change of the same case wait, then build on this one's.
        var kept = stored(lifeEventCase, " for update");
        String facts;
        try {
            var upToDate = inOneEngineCommand(() -> kept.isPresent() ? broughtUpToDate(kept.get(), lifeEventCase, changes)
                    : changes.opened ? opened(lifeEventCase, changes) : build(lifeEventCase));
            facts = write(upToDate);
            parsed.written(lifeEventCase.id(), facts, upToDate);
        } catch (RuntimeException e) {
            // The page must never stop the case's step: without a row, it is built from the case file when read.
            log.error("The case page of {} could not be brought up to date; it is built from the case file until the case next changes",
                    lifeEventCase.reference(), e);
            jdbc.update("delete from case_page where case_id = ?", lifeEventCase.id());
            return;
        }
        if (kept.isPresent()) {
            jdbc.update("update case_page set facts = ?, updated_at = ? where case_id = ?", facts, Timestamp.from(clock.instant()),
                    lifeEventCase.id());
        } else {
            // No row yet (the case was opened in this transaction, or before pages were kept), or one not readable.
            jdbc.update("delete from case_page where case_id = ?", lifeEventCase.id());
            jdbc.update("insert into case_page (case_id, facts, updated_at) values (?, ?, ?)", lifeEventCase.id(), facts,
                    Timestamp.from(clock.instant()));
        }
    }

    /**
     * The first page of a case opened in this transaction, from what the transaction recorded: reading its lines back
     * from the case file was a fifth of the time a feed spent on a page of new cases, half of it Hibernate checking
     * the page's other new cases for changes before each query (docs/performance.md).
     */
    private CasePageFacts opened(LifeEventCase lifeEventCase, CasePageChanges.Changes changes) {
        var open = tasks.ofCase(lifeEventCase.reference());
        return CasePageFacts.NOTHING_YET.with(changes.lines, changes.reads).withPlan(plan.ahead(lifeEventCase, open), waiting(open));
    }

    private CasePageFacts broughtUpToDate(CasePageFacts kept, LifeEventCase lifeEventCase, CasePageChanges.Changes changes) {
        var facts = kept.with(changes.lines, changes.reads);
        if (!changes.plan) {
            return facts;
        }
        var open = tasks.ofCase(lifeEventCase.reference());   // read once, for the plan and for whom each task waits
        return facts.withPlan(plan.ahead(lifeEventCase, open), waiting(open));
    }

    /**
     * The engine reads of one page (the process instance, its active steps, variables, tasks, timers and offers) in one
     * command: each call of the engine's API opened a command of its own, loaded the process instance again and checked
     * everything it had loaded for changes when it closed. A failure leaves the command before it is thrown: thrown
     * through it, it would mark the case's transaction for rollback, and the page must never stop the case's step.
     */
    private CasePageFacts inOneEngineCommand(Supplier<CasePageFacts> reads) {
        var failure = new AtomicReference<RuntimeException>();
        var facts = engine.getCommandExecutorTxRequired().execute(commandContext -> {
            try {
                return reads.get();
            } catch (RuntimeException e) {
                failure.set(e);
                return null;
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return facts;
    }

    private Optional<CasePageFacts> stored(LifeEventCase lifeEventCase, String lock) {
        return jdbc.query("select facts from case_page where case_id = ?" + lock, (row, index) -> row.getString(1), lifeEventCase.id())
                .stream().findFirst().flatMap(text -> parsed.of(lifeEventCase.id(), text, this::read));
    }

    private List<CasePageFacts.WaitingTask> waiting(List<Task> open) {
        return open.stream()
                .map(task -> CasePageFacts.WaitingTask.of(task, task.getAssignee() == null ? tasks.candidateUsers(task.getId()) : List.of()))
                .toList();
    }

    private String write(CasePageFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case page's facts could not be written as JSON", e);
        }
    }

    /** Empty for facts kept in a form this version cannot read: they are built again from the case file. */
    private Optional<CasePageFacts> read(String facts) {
        try {
            return Optional.of(json.readValue(facts, CasePageFacts.class));
        } catch (JsonProcessingException e) {
            log.warn("A case page's kept facts could not be read; the page is built from the case file: {}", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
