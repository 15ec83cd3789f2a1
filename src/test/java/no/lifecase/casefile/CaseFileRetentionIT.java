package no.lifecase.casefile;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The case file's retention on PostgreSQL with real cases: births from the simulated Folkeregisteret followed to their
 * closed case, one of them closed ten years and a day ago. Its whole file goes, and its mother's portal no longer finds
 * it; a case closed today, a case waiting for the mother and an open case keep every row.
 */
@LifecaseIT
class CaseFileRetentionIT {

    /** A valid synthetic (Tenor) fødselsnummer unknown to the simulated Folkeregisteret: its case waits for Skatteetaten. */
    private static final String UNKNOWN_CHILD = "03851598730";

    /**
     * Our tables and how a row names its case. Every other table of ours must be in {@link #NOT_PER_CASE}, so that a
     * new table is a conscious choice of whether the retention deletes it.
     */
    private static final Map<String, String> PER_CASE = tablesPerCase();
    private static final Set<String> NOT_PER_CASE = Set.of(
            "event_feed_cursor",        // one row per feed
            "held_register_event",      // named by subject only; expires after lifecase.feeds.hold-for (ADR 28)
            "process_migration",        // a staff request; goes when none of its cases is left
            "citizen_language",         // one row per person: the written language they chose, not a case's
            "reference_data",           // dated values decisions read (G, courts, kommunenummer): no case of its own (ADR 0058)
            "worklist_entry",           // one row per open task and group: goes with the task, before its case closes (ADR 0071)
            "flyway_schema_history");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private FeedPoller feeds;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private CaseService caseService;
    @Autowired
    private CaseFileRetention retention;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CitizenDocuments documents;
    @Autowired
    private Appeals appeals;
    @Autowired
    private NamedParameterJdbcTemplate named;
    @LocalServerPort
    private int port;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");   // a fresh feed starts after the register's last event
    }

    @Test
    void a_case_closed_longer_ago_than_the_retention_is_deleted_with_its_whole_file_and_no_other_case_loses_a_row() {
        var mother = simulation.example("marriedMotherUnder40");
        var expired = closedBirthCase(mother);
        var recent = closedBirthCase(mother);
        var waiting = birthCaseWaitingForTheMother(mother);
        var open = caseService.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(UNKNOWN_CHILD)).reference().value();
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(open)
                .taskCandidateGroup("skatteetaten").count() == 1);
        assertThat(List.of(status(recent), status(waiting), status(open))).containsExactly("CLOSED", "WAITING", "OPEN");
        // Ten years and a day ago, by the same clock as the retention's: as if the case had closed then.
        jdbc.update("update life_event_case set closed_at = ? where reference = ?",
                Instant.now().minus(Duration.ofDays(3651)).atOffset(ZoneOffset.UTC), expired);

        var portal = loggedIn(mother);
        assertThat(portal.getOnce("/api/citizen/cases/" + expired, "application/json").statusCode()).isEqualTo(200);
        var expiredBefore = rowsOf(expired);
        // A birth case has no estate, no heirs, no evidence preview, no signed declaration and was never migrated;
        // CaseFileRetentionTest covers those tables on H2. A closed case keeps no page row (docs/adr/0069).
        var notInABirthCase = Set.of("estate_overview_item", "heir_declaration", "evidence_report", "signed_declaration",
                "declaration_signer", "process_migration_instance", "case_page");
        assertThat(expiredBefore).as("the rows of a birth case followed to its end").allSatisfy((table, rows) -> {
            if (notInABirthCase.contains(table)) {
                assertThat(rows).as(table).isZero();
            } else {
                assertThat(rows).as(table).isPositive();
            }
        });
        var kept = Map.of(recent, rowsOf(recent), waiting, rowsOf(waiting), open, rowsOf(open));

        var outcome = retention.deleteExpired();

        assertThat(outcome.cases()).isEqualTo(1);
        assertThat(rowsOf(expired)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        kept.forEach((reference, rows) -> assertThat(rowsOf(reference)).as(reference).isEqualTo(rows));
        var gone = portal.getOnce("/api/citizen/cases/" + expired, "application/json");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(portal.getOnce("/api/citizen/cases/" + recent, "application/json").statusCode()).isEqualTo(200);
        assertThat(http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .getForEntity("/api/cases/{reference}", String.class, expired).getStatusCode().value()).isEqualTo(404);

        assertThat(retention.deleteExpired().cases()).as("a second run finds nothing").isZero();
        kept.forEach((reference, rows) -> assertThat(rowsOf(reference)).as(reference).isEqualTo(rows));
    }

    @Test
    void two_nodes_deleting_at_once_share_the_backlog_and_each_case_is_deleted_once() throws Exception {
        int backlog = CaseFileRetention.BATCH_SIZE * 3 + 11;
        var closedAt = Instant.now().minus(Duration.ofDays(4000)).atOffset(ZoneOffset.UTC);
        for (int i = 1; i <= backlog; i++) {
            // Case files without a process, as an old database holds them; ids below any the sequence hands out.
            long id = -1_000_000L - i;
            var reference = "LE-2016-%06d".formatted(900_000 + i);
            jdbc.update("insert into life_event_case (id, reference, life_event_id, subject, status, opened_at, closed_at, version) "
                    + "values (?, ?, 'having-a-child', ?, 'CLOSED', ?, ?, 0)", id, reference, UNKNOWN_CHILD, closedAt, closedAt);
            jdbc.update("insert into case_timeline_entry (id, case_id, occurred_at, kind, text, source) "
                    + "values (?, ?, ?, 'CASE_CLOSED', 'Case closed', 'process')", id, id, closedAt);
        }
        var bothReady = new CyclicBarrier(2);
        var nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<CaseFileRetention.Outcome> node = () -> {
                bothReady.await();
                return retention.deleteExpired();
            };
            var first = nodes.submit(node);
            var second = nodes.submit(node);

            assertThat(first.get(60, TimeUnit.SECONDS).cases() + second.get(60, TimeUnit.SECONDS).cases()).isEqualTo(backlog);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from life_event_case where id < -1000000", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_timeline_entry where case_id < -1000000", Long.class)).isZero();
    }

    @Test
    void every_table_of_ours_is_either_part_of_the_case_file_or_named_as_not_per_case() {
        var ours = new TreeSet<>(jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%'""",
                String.class));
        var known = new TreeSet<>(PER_CASE.keySet());
        known.addAll(NOT_PER_CASE);
        assertThat(ours).isEqualTo(known);
    }

    /** A birth followed to its closed case, as HavingAChildIT follows it. */
    private String closedBirthCase(String mother) {
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        var offer = theMothersOffer(instance.getId());
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");
        askedForACaseworker(instance.getBusinessKey(), mother);
        tasks.complete(offer.getId(), Map.of("parentalBenefitChoice", "decline", "parentalBenefitConfirmed", true));
        var homeVisit = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_HomeVisit").singleResult();
        tasks.complete(homeVisit.getId(), Map.of("homeVisitOutcome", "visited"));
        var namingDeadline = management.createJobQuery().processInstanceId(instance.getId()).activityId("Event_NamingDeadlinePassed").singleResult();
        management.executeJob(namingDeadline.getId());
        simulation.awaitPassed(instance, "Task_SendNameReminder");
        var reference = instance.getBusinessKey();
        await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(status(reference)));
        return reference;
    }

    /** The mother asks for a caseworker to look at the child-benefit decision, and Nav answers (docs/adr/0056). */
    private void askedForACaseworker(String reference, String mother) {
        var decision = documents.onCase(reference).stream().filter(document -> document.name().equals("child-benefit-granted"))
                .findFirst().orElseThrow();
        appeals.requestReview(decision, Fodselsnummer.parse(mother), "Se på vedtaket.", true);
        var review = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_ReviewDecision").singleResult();
        tasks.complete(review.getId(), Map.of("reviewOutcome", "confirmed", "reviewAnswer", "Vedtaket er riktig."));
    }

    private String birthCaseWaitingForTheMother(String mother) {
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        theMothersOffer(instance.getId());
        var reference = instance.getBusinessKey();
        await().atMost(Duration.ofSeconds(30)).until(() -> "WAITING".equals(status(reference)));
        return reference;
    }

    private Task theMothersOffer(String processInstanceId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_ChooseParentalBenefit").singleResult(), task -> task != null);
    }

    private String status(String reference) {
        return (String) simulation.caseView(reference).get("status");
    }

    private CookieBrowser loggedIn(String person) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", UNKNOWN_CHILD, "otherPid", person,
                "level", "idporten-loa-substantial", "locale", "nb"));
        return browser;
    }

    /**
     * The rows each of our tables holds for the case, by whatever names the case there: its id, its reference, or one
     * of its process instances (the case's own and those it called, which share its reference as business key).
     */
    private Map<String, Long> rowsOf(String reference) {
        var rows = new LinkedHashMap<String, Long>();
        PER_CASE.forEach((table, condition) -> rows.put(table, named.queryForObject(
                "select count(*) from " + table + " where " + condition, Map.of("ref", reference), Long.class)));
        return rows;
    }

    private static Map<String, String> tablesPerCase() {
        var byId = "case_id in (select id from life_event_case where reference = :ref)";
        var byProcessInstance = " in (select process_instance_id from life_event_case where reference = :ref"
                + " union select proc_inst_id_ from act_hi_procinst where business_key_ = :ref)";
        var tables = new LinkedHashMap<String, String>();
        tables.put("life_event_case", "reference = :ref");
        tables.put("case_page", byId);
        tables.put("case_timeline_entry", byId);
        tables.put("data_access_entry", byId);
        tables.put("case_person_name", byId);
        tables.put("agency_notice", "case_ref = :ref");
        tables.put("citizen_letter", "case_ref = :ref");
        tables.put("citizen_document", "case_ref = :ref");
        tables.put("decision_appeal", "case_ref = :ref");
        tables.put("case_decision", "case_ref = :ref");
        tables.put("estate_overview_item", "case_ref = :ref");
        tables.put("heir_declaration", "case_ref = :ref");
        tables.put("evidence_report", "case_ref = :ref");
        tables.put("signed_declaration", "case_ref = :ref");
        tables.put("declaration_signer", "declaration_id in (select id from signed_declaration where case_ref = :ref)");
        tables.put("task_audit_entry", "case_ref = :ref or process_instance_id" + byProcessInstance);
        tables.put("case_clock_stop", "case_ref = :ref or root_process_instance_id" + byProcessInstance);
        tables.put("process_migration_instance", "case_ref = :ref or process_instance_id" + byProcessInstance);
        tables.put("case_representative", "process_instance_id" + byProcessInstance);
        tables.put("handled_register_event", "case_reference = :ref");
        return tables;
    }
}
