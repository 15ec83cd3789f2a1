package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.simulator.agency.SimulatedAgencies;
import no.lifecase.simulator.folkeregisteret.FolkeregisteretScenarios;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agency-scoped work on real PostgreSQL: a caseworker sees and works only their agency's tasks, through
 * Camunda's REST API and through the worklist API, with the form checked on the server and the work
 * audited (the agency on the citizen's timeline, the user id in the audit for supervisors).
 */
@LifecaseIT
class AgencyWorklistIT {

    private static final Random RANDOM = new Random();

    private final StaffUsers staff = StaffUsers.of(AgencyWorklistIT.class);

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private IdentityService identity;

    @Autowired
    private TaskService tasks;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private ManagementService management;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private CaseService cases;

    @Autowired
    private SimulatedAgencies simulatedAgencies;

    @Autowired
    private FolkeregisteretScenarios births;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private WorklistEntries worklistEntries;

    @Autowired
    private Population population;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
    }

    // ---- Camunda's REST API, as the caseworker -------------------------------------------------------

    @Test
    void through_the_engine_rest_api_a_nav_caseworker_sees_nav_tasks_and_not_a_municipality_task() {
        var navTask = navTask();
        var osloTask = osloTask();

        var visible = as(staff.nav()).exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST).getBody();
        assertThat(visible).extracting(task -> task.get("id")).contains(navTask.getId()).doesNotContain(osloTask.getId());

        assertThat(as(staff.nav()).getForEntity("/engine-rest/task/{id}", String.class, osloTask.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(staff.nav()).getForEntity("/engine-rest/task/{id}/variables", String.class, osloTask.getId()).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        var completion = as(staff.nav()).postForEntity("/engine-rest/task/{id}/complete",
                json("{\"variables\":{\"followUpOutcome\":{\"value\":\"handled\"}}}"), String.class, osloTask.getId());
        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(osloTask.getId()).count()).isEqualTo(1);

        // TASK_WORK, not UPDATE: even on their own agency's task a caseworker cannot move the due date.
        var redated = as(staff.nav()).exchange("/engine-rest/task/{id}", HttpMethod.PUT,
                json("{\"name\":\"Assess child benefit\",\"due\":\"2030-01-01T00:00:00.000+0000\"}"), String.class, navTask.getId());
        assertThat(redated.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(staff.nav()).postForEntity("/engine-rest/task/{id}/claim", json("{\"userId\":\"" + staff.nav() + "\"}"),
                String.class, navTask.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(navTask.getId()).singleResult().getAssignee()).isEqualTo(staff.nav());

        // The municipality's own caseworker does see it, and reads the variables its form needs.
        var osloVisible = as(staff.oslo()).exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST).getBody();
        assertThat(osloVisible).extracting(task -> task.get("id")).contains(osloTask.getId()).doesNotContain(navTask.getId());
        assertThat(as(staff.oslo()).getForEntity("/engine-rest/task/{id}/form-variables", String.class, osloTask.getId()).getBody())
                .contains("notice");
    }

    @Test
    void every_caseworker_form_can_be_loaded_by_the_agency_as_tasklist_does() {
        var navTask = navTask();
        var osloTask = osloTask();

        var navForm = as(staff.nav()).getForEntity("/engine-rest/task/{id}/deployed-form", String.class, navTask.getId());
        assertThat(navForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(navForm.getBody()).contains("\"id\": \"assess-child-benefit\"");
        var osloForm = as(staff.oslo()).getForEntity("/engine-rest/task/{id}/deployed-form", String.class, osloTask.getId());
        assertThat(osloForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(osloForm.getBody()).contains("\"id\": \"notice-follow-up\"");
    }

    @Test
    void a_caseworker_cannot_start_modify_or_delete_process_instances_through_the_rest_api() {
        var navTask = navTask();

        var definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("having-a-child").latestVersion()
                .singleResult().getId();
        var start = as(staff.nav()).postForEntity("/engine-rest/process-definition/{id}/start",
                json("{\"businessKey\":\"LE-2026-999999\",\"variables\":{}}"), String.class, definitionId);
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(start.getBody()).contains("AuthorizationException");
        // By key, the caseworker cannot even find the process: they have no READ on process definitions.
        var byKey = as(staff.nav()).postForEntity("/engine-rest/process-definition/key/having-a-child/start",
                json("{\"businessKey\":\"LE-2026-999999\",\"variables\":{}}"), String.class);
        assertThat(byKey.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        // Neither started an instance, not even one that ended at once (other tests' cases start theirs meanwhile).
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("LE-2026-999999").count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("LE-2026-999999").count()).isZero();

        var delete = as(staff.nav()).exchange("/engine-rest/process-instance/{id}", HttpMethod.DELETE, null, String.class,
                navTask.getProcessInstanceId());
        assertThat(delete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        var suspend = as(staff.nav()).exchange("/engine-rest/process-instance/{id}/suspended", HttpMethod.PUT,
                json("{\"suspended\":true}"), String.class, navTask.getProcessInstanceId());
        assertThat(suspend.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(navTask.getProcessInstanceId()).active().count()).isEqualTo(1);
    }

    @Test
    void the_engine_rest_api_needs_a_staff_login_and_the_case_api_stays_for_administrators() {
        assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as(staff.nobody()).exchange("/engine-rest/task", HttpMethod.GET, null, LIST).getBody()).isNotNull();
        assertThat(as(staff.nav()).getForEntity("/api/cases/LE-2026-000001", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // ---- The worklist API ----------------------------------------------------------------------------

    @Test
    void a_nav_caseworker_is_refused_a_municipality_worklist_and_its_tasks() {
        var osloTask = osloTask();

        var refused = as(staff.nav()).getForEntity("/api/agency/kommune-0301/tasks", String.class);
        assertProblem(refused, HttpStatus.FORBIDDEN);
        assertProblem(as(staff.nav()).postForEntity("/api/agency/kommune-0301/tasks/{id}/claim", null, String.class, osloTask.getId()),
                HttpStatus.FORBIDDEN);
        // Through their own agency's path, another agency's task does not exist.
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, osloTask.getId()),
                HttpStatus.NOT_FOUND);
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete", json("{\"followUpOutcome\":\"handled\"}"),
                String.class, osloTask.getId()), HttpStatus.NOT_FOUND);
        assertProblem(as(staff.nav()).getForEntity("/api/agency/no-such-agency/tasks", String.class), HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/agency/nav/tasks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.createTaskQuery().taskId(osloTask.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void the_nav_worklist_shows_only_nav_tasks_with_their_case_and_life_event() {
        var navTask = navTask();
        var osloTask = osloTask();

        var listed = everyTask(staff.nav(), "nav", "");
        assertThat(listed).extracting(task -> task.get("id")).contains(navTask.getId()).doesNotContain(osloTask.getId());
        assertThat(listed).allSatisfy(task -> assertThat(task).containsEntry("agency", "nav"));
        assertThat(listed).filteredOn(task -> navTask.getId().equals(task.get("id"))).singleElement()
                .satisfies(task -> assertThat(task)
                        .containsEntry("name", "Vurder barnetrygd")
                        .containsEntry("lifeEvent", "having-a-child")
                        .containsEntry("lifeEventName", "Få barn")
                        .containsEntry("caseRef", caseRefOf(navTask)));
        // Bokmål is the caseworkers' default; English on request (docs/adr/0059).
        assertThat(everyTask(staff.nav(), "nav", "lang=en")).filteredOn(task -> navTask.getId().equals(task.get("id"))).singleElement()
                .satisfies(task -> assertThat(task).containsEntry("name", "Assess child benefit").containsEntry("lifeEventName", "Having a child"));

        var osloPage = everyTask(staff.oslo(), "kommune-0301", "");
        assertThat(osloPage).extracting(task -> task.get("id")).contains(osloTask.getId()).doesNotContain(navTask.getId());
        assertThat(osloPage).filteredOn(task -> osloTask.getId().equals(task.get("id"))).singleElement()
                .satisfies(task -> assertThat(task.get("due")).isNotNull());
    }

    @Test
    void the_worklist_pages_sorts_by_due_date_and_filters() {
        var overdue = navTask();
        var dueNextWeek = navTask();
        var dueLater = navTask();
        tasks.setDueDate(overdue.getId(), Date.from(Instant.now().minus(Duration.ofDays(3))));
        tasks.setDueDate(dueNextWeek.getId(), Date.from(Instant.now().plus(Duration.ofDays(5))));
        tasks.setDueDate(dueLater.getId(), Date.from(Instant.now().plus(Duration.ofDays(400))));

        assertThat(ids(everyTask(staff.nav(), "nav", "overdue=true"))).contains(overdue.getId())
                .doesNotContain(dueNextWeek.getId(), dueLater.getId());
        var dueBefore = java.time.LocalDate.now().plusDays(30).toString();
        assertThat(ids(everyTask(staff.nav(), "nav", "dueBefore=" + dueBefore)))
                .contains(overdue.getId(), dueNextWeek.getId()).doesNotContain(dueLater.getId());

        var ascending = ids(everyTask(staff.nav(), "nav", "sort=due,asc"));
        assertThat(ascending).contains(overdue.getId(), dueNextWeek.getId(), dueLater.getId());
        assertThat(ascending.indexOf(overdue.getId())).isLessThan(ascending.indexOf(dueNextWeek.getId()));
        assertThat(ascending.indexOf(dueNextWeek.getId())).isLessThan(ascending.indexOf(dueLater.getId()));
        var descending = ids(everyTask(staff.nav(), "nav", "sort=due,desc"));
        assertThat(descending).contains(overdue.getId(), dueLater.getId());
        assertThat(descending.indexOf(dueLater.getId())).isLessThan(descending.indexOf(overdue.getId()));

        var firstPage = worklist(staff.nav(), "nav", "size=1&page=0");
        var secondPage = worklist(staff.nav(), "nav", "size=1&page=1");
        assertThat(((Number) firstPage.get("totalElements")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(tasksOf(firstPage)).hasSize(1);
        assertThat(ids(tasksOf(firstPage))).doesNotContainAnyElementsOf(ids(tasksOf(secondPage)));

        assertThat(ids(everyTask(staff.nav(), "nav", "lifeEvent=having-a-child"))).contains(overdue.getId());
        assertThat(ids(everyTask(staff.nav(), "nav", "lifeEvent=death-and-inheritance"))).doesNotContain(overdue.getId());

        as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, dueLater.getId());
        assertThat(ids(everyTask(staff.nav(), "nav", "assignee=me"))).contains(dueLater.getId())
                .doesNotContain(overdue.getId());
        assertThat(ids(everyTask(staff.nav(), "nav", "assignee=none"))).contains(overdue.getId())
                .doesNotContain(dueLater.getId());
    }

    @Test
    void bad_worklist_parameters_are_refused_naming_the_parameter() {
        assertField(as(staff.nav()).getForEntity("/api/agency/nav/tasks?size=101", String.class), "size");
        assertField(as(staff.nav()).getForEntity("/api/agency/nav/tasks?page=-1", String.class), "page");
        var tooFar = as(staff.nav()).getForEntity("/api/agency/nav/tasks?size=2&page=2000000000", String.class);
        assertField(tooFar, "page");
        assertThat(tooFar.getBody()).contains("page kan være høyst 1073741823 med size 2");
        var tooFarInNynorsk = as(staff.nav()).getForEntity("/api/agency/nav/tasks?size=2&page=2000000000&lang=nn", String.class);
        assertThat(tooFarInNynorsk.getBody()).contains("page kan vere høgst 1073741823 med size 2");
        assertField(as(staff.nav()).getForEntity("/api/agency/nav/tasks?sort=name", String.class), "sort");
        assertField(as(staff.nav()).getForEntity("/api/agency/nav/tasks?assignee=someone", String.class), "assignee");
        assertField(as(staff.nav()).getForEntity("/api/agency/nav/tasks?lifeEvent=winning-the-lottery", String.class), "lifeEvent");
        assertField(as(staff.nav()).getForEntity("/api/agency/nav/tasks?dueBefore=tomorrow", String.class), "dueBefore");
        var notANumber = as(staff.nav()).getForEntity("/api/agency/nav/tasks?size=many", String.class);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody()).doesNotContain("Exception");
    }

    @Test
    void a_caseworker_claims_and_completes_with_valid_values_and_the_agency_appears_on_the_timeline() {
        var navTask = navTask();
        var reference = caseRefOf(navTask);

        var claimed = as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, Map.class, navTask.getId());
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getBody()).containsEntry("assignee", staff.nav());
        assertProblem(as(staff.navSupervisor()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, navTask.getId()),
                HttpStatus.CONFLICT);

        var form = as(staff.nav()).getForEntity("/api/agency/nav/tasks/{id}", String.class, navTask.getId());
        assertThat(form.getBody()).contains("\"key\":\"decisionOutcome\"", "\"value\":\"granted\"");

        var completed = as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("{\"decisionOutcome\":\"granted\",\"decisionReasons\":\"Both parents live in Norway.\"}"), String.class,
                navTask.getId());
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(navTask.getId()).count()).isZero();

        // The family's other offers are still open, so the case goes on: it waits for the mother's choice.
        var theCase = admin().getForEntity("/api/cases/{reference}", Map.class, reference).getBody();
        assertThat(theCase).containsEntry("status", "WAITING");
        @SuppressWarnings("unchecked")
        var timeline = (List<Map<String, Object>>) theCase.get("timeline");
        assertThat(timeline).filteredOn(entry -> "WORK_STARTED".equals(entry.get("kind"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("agency", "nav").containsEntry("text", "Nav has started work on: Assess child benefit"));
        assertThat(timeline).filteredOn(entry -> "DECISION_MADE".equals(entry.get("kind"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("agency", "nav")
                        .containsEntry("text", "Nav has decided on \"Assess child benefit\": Decision on child benefit: Granted"));
        assertThat(timeline.toString()).doesNotContain(staff.nav()).doesNotContain("Both parents");

        // The user id is in the audit, for the agency's supervisors only.
        assertProblem(as(staff.nav()).getForEntity("/api/agency/nav/audit?caseRef={ref}", String.class, reference), HttpStatus.FORBIDDEN);
        var audit = as(staff.navSupervisor()).getForEntity("/api/agency/nav/audit?caseRef={ref}", Map.class, reference);
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        var entries = (List<Map<String, Object>>) audit.getBody().get("entries");
        assertThat(entries).extracting(entry -> entry.get("action"), entry -> entry.get("actor"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COMPLETED", staff.nav()),
                        org.assertj.core.groups.Tuple.tuple("CLAIMED", staff.nav()));
        assertThat((String) entries.get(0).get("formValues")).contains("\"decisionOutcome\":\"granted\"");
    }

    @Test
    void invalid_form_values_are_refused_naming_every_field_and_change_nothing() {
        var navTask = navTask();
        var reference = caseRefOf(navTask);
        int timelineBefore = timelineOf(reference).size();

        var refused = as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("{\"decisionOutcome\":\"maybe\",\"decisionReasons\":\"" + "x".repeat(2001) + "\",\"approvedBy\":\"me\"}"),
                Map.class, navTask.getId());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsOf(refused.getBody())).containsExactlyInAnyOrder("decisionOutcome", "decisionReasons", "approvedBy");

        assertThat(fieldsOf(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("{\"decisionReasons\":\"No decision yet\"}"), Map.class, navTask.getId()).getBody()))
                .containsExactly("decisionOutcome");
        assertThat(fieldsOf(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("{\"decisionOutcome\":42,\"decisionReasons\":\"Both parents live in Norway.\"}"), Map.class, navTask.getId()).getBody()))
                .containsExactly("decisionOutcome");
        assertThat(fieldsOf(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("[\"granted\"]"), Map.class, navTask.getId()).getBody()))
                .containsExactly("values");
        var malformed = as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete", json("{\"decisionOutcome\":"),
                String.class, navTask.getId());
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).doesNotContain("Exception");

        var unchanged = tasks.createTaskQuery().taskId(navTask.getId()).singleResult();
        assertThat(unchanged).isNotNull();
        assertThat(unchanged.getAssignee()).as("not even claimed").isNull();
        assertThat(tasks.getVariable(navTask.getId(), "decisionOutcome")).isNull();
        assertThat(timelineOf(reference)).hasSize(timelineBefore);
    }

    @Test
    void a_read_only_field_cannot_be_submitted_and_the_municipality_completes_its_follow_up() {
        var osloTask = osloTask();
        var reference = caseRefOf(osloTask);

        var refused = as(staff.oslo()).postForEntity("/api/agency/kommune-0301/tasks/{id}/complete",
                json("{\"followUpOutcome\":\"handled\",\"notice\":\"something else\"}"), Map.class, osloTask.getId());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(refused.getBody())).containsExactly("notice");

        var completed = as(staff.oslo()).postForEntity("/api/agency/kommune-0301/tasks/{id}/complete",
                json("{\"followUpOutcome\":\"registered\",\"followUpNote\":\"Registered in our archive.\"}"), String.class, osloTask.getId());
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var timeline = timelineOf(reference);
        assertThat(timeline).filteredOn(entry -> "DECISION_MADE".equals(entry.get("kind"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("agency", "kommune-0301")
                        .containsEntry("text", "Oslo kommune has decided on \"Follow up a notice that was not confirmed\": "
                                + "What did you find?: We did not have it and have now registered it"));
    }

    @Test
    void a_caseworker_puts_back_only_their_own_task_and_a_supervisor_any() {
        var navTask = navTask();
        as(staff.navSupervisor()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, navTask.getId());

        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/unclaim", null, String.class, navTask.getId()),
                HttpStatus.FORBIDDEN);
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete", json("{\"decisionOutcome\":\"granted\",\"decisionReasons\":\"Both parents live in Norway.\"}"),
                String.class, navTask.getId()), HttpStatus.CONFLICT);

        var released = as(staff.navSupervisor()).postForEntity("/api/agency/nav/tasks/{id}/unclaim", null, Map.class, navTask.getId());
        assertThat(released.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(released.getBody().get("assignee")).isNull();
        as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, navTask.getId());
        var mine = as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/unclaim", null, Map.class, navTask.getId());
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(navTask.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void a_suspended_case_leaves_the_worklist_and_its_count_until_it_is_activated_again() {
        var navTask = navTask();
        String byCase = "q=" + caseRefOf(navTask);
        assertThat(worklist(staff.nav(), "nav", byCase)).containsEntry("totalElements", 1);

        runtime.suspendProcessInstanceById(navTask.getProcessInstanceId());
        assertThat(worklist(staff.nav(), "nav", byCase)).containsEntry("totalElements", 0);
        assertThat(ids(everyTask(staff.nav(), "nav", ""))).doesNotContain(navTask.getId());

        runtime.activateProcessInstanceById(navTask.getProcessInstanceId());
        assertThat(ids(tasksOf(worklist(staff.nav(), "nav", byCase)))).containsExactly(navTask.getId());
    }

    @Test
    void the_worklists_rows_are_the_engines_tasks_and_a_task_without_rows_is_taken_in_at_start() {
        var navTask = navTask();
        tasks.setDueDate(navTask.getId(), Date.from(Instant.now().plus(Duration.ofDays(9))));
        as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, navTask.getId());
        tasks.addCandidateGroup(navTask.getId(), "nav-supervisors");
        var task = tasks.createTaskQuery().taskId(navTask.getId()).singleResult();

        // What the engine's own API says of the task, offer by offer.
        var engine = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> List.<Object>of(link.getGroupId(), task.getAssignee(), task.getDueDate().toInstant(), caseRefOf(task),
                        "having-a-child"))
                .toList();
        var rows = jdbc.query("select agency, assignee, due_date, case_ref, life_event from worklist_entry where task_id = ? and suspended = false",
                (row, i) -> List.<Object>of(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(), row.getString(4),
                        row.getString(5)), task.getId());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(engine).hasSize(2);

        tasks.deleteCandidateGroup(task.getId(), "nav-supervisors");
        assertThat(jdbc.queryForList("select agency from worklist_entry where task_id = ?", String.class, task.getId()))
                .containsExactly("nav");

        // A task the table lacks, as after an upgrade, is back in the worklist once a node starts.
        jdbc.update("delete from worklist_entry where task_id = ?", task.getId());
        assertThat(worklist(staff.nav(), "nav", "q=" + caseRefOf(task))).containsEntry("totalElements", 0);
        worklistEntries.copyTasksWithoutRows();
        assertThat(ids(tasksOf(worklist(staff.nav(), "nav", "q=" + caseRefOf(task))))).containsExactly(task.getId());

        assertThat(as(staff.nav()).postForEntity("/api/agency/nav/tasks/{id}/complete",
                json("{\"decisionOutcome\":\"granted\",\"decisionReasons\":\"Both parents live in Norway.\"}"), String.class,
                task.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForList("select agency from worklist_entry where task_id = ?", String.class, task.getId())).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private TestRestTemplate as(String userId) {
        return anonymous.withBasicAuth(userId, StaffUsers.passwordOf(userId));
    }

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD);
    }

    /**
     * A new having-a-child case and its task "Assess child benefit" for Nav: the mother has a D-number, so
     * child benefit cannot be granted automatically.
     */
    private Task navTask() {
        var today = population.today();
        var mother = population.all().stream()
                .filter(person -> person.isAlive() && person.hasDNumber() && person.sex() == Sex.FEMALE
                        && person.ageOn(today) >= 18 && person.ageOn(today) < 45)
                .findFirst().orElseThrow();
        var child = births.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false))
                .persons().get("child");
        var opened = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(child));
        var reference = opened.reference().value();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(reference).taskCandidateGroup("nav").singleResult(),
                task -> task != null);
    }

    /**
     * A follow-up task for Oslo kommune: a notice that Oslo kommune (silenced in the simulator) confirms
     * neither the first nor the second time. The two receipt deadlines are passed by running their timers.
     */
    private Task osloTask() {
        // A synthetic D-number born in 1905, outside the simulated population; a new one each time, since a person has
        // one open case of a life event at a time.
        var unknownChild = Fodselsnummer.generate(LocalDate.of(1905, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)), true, true, RANDOM);
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, unknownChild).reference().value();
        simulatedAgencies.silence("kommune-0301", true);
        try {
            var instance = runtime.startProcessInstanceByKey("notify-agency", reference,
                    Map.of(CaseService.CASE_REF, reference, "agency", "kommune-0301", "notice", "child-born"));
            for (int attempt = 0; attempt < 2; attempt++) {
                var timer = await().atMost(Duration.ofSeconds(30)).until(
                        () -> management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult(), job -> job != null);
                management.executeJob(timer.getId());
            }
            return await().atMost(Duration.ofSeconds(30)).until(
                    () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult(), task -> task != null);
        } finally {
            simulatedAgencies.silence("kommune-0301", false);
        }
    }

    private String caseRefOf(Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance.getBusinessKey();
    }

    private Map<String, Object> worklist(String userId, String agency, String query) {
        var response = as(userId).exchange("/api/agency/" + agency + "/tasks?" + query, HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /**
     * Every page of the worklist for the query: the worklist is shared with every other test's tasks of the agency, so
     * this test's tasks may be on any page.
     */
    private List<Map<String, Object>> everyTask(String userId, String agency, String query) {
        var every = new ArrayList<Map<String, Object>>();
        for (int page = 0; ; page++) {
            var one = worklist(userId, agency, (query.isEmpty() ? "" : query + "&") + "size=100&page=" + page);
            every.addAll(tasksOf(one));
            if (page + 1 >= ((Number) one.get("totalPages")).longValue()) {
                return every;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasksOf(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("tasks");
    }

    private static List<Object> ids(List<Map<String, Object>> listed) {
        return listed.stream().map(task -> task.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timelineOf(String reference) {
        return (List<Map<String, Object>>) admin().getForEntity("/api/cases/{reference}", Map.class, reference).getBody().get("timeline");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fieldsOf(Map<?, ?> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(error -> error.get("field")).toList();
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("Exception");
    }

    private static void assertField(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
