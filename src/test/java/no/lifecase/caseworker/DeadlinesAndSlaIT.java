package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.simulator.folkeregisteret.FolkeregisteretScenarios;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.testsupport.EngineClock;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines, escalation, the case clock and the agency SLA figures (ADR 0025) on real PostgreSQL, with the
 * engine clock moved to run the deadline timers (and the job executor paused while it is, ADR 0039).
 */
@LifecaseIT
class DeadlinesAndSlaIT {

    private final StaffUsers staff = StaffUsers.of(DeadlinesAndSlaIT.class);
    private final String udi = staff.id("udi");

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private IdentityService identity;

    @Autowired
    private TaskService tasks;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private CaseService cases;

    @Autowired
    private FolkeregisteretScenarios births;

    @Autowired
    private Population population;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProcessEngine engine;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
        StaffUsers.user(identity, udi, "udi");
    }

    @Test
    void a_caseworker_task_is_reminded_before_its_due_date_and_escalated_to_the_supervisors_after_it() {
        var task = navTask();
        var due = task.getDueDate().toInstant();
        var reminder = deadlineJob(task, "DeadlineNear");
        var escalation = deadlineJob(task, "DeadlinePassed");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(due.minus(Duration.ofDays(2)));
        assertThat(escalation.getDuedate().toInstant()).isEqualTo(due);
        assertThat(groupsOf(task)).containsExactly("nav");

        try (var clock = EngineClock.of(engine)) {
            clock.setTo(due.minus(Duration.ofDays(1)));
            management.executeJob(reminder.getId());
            assertThat(groupsOf(task)).containsExactly("nav");
            clock.setTo(due.plus(Duration.ofMinutes(1)));
            management.executeJob(escalation.getId());
        }

        assertThat(groupsOf(task)).containsExactlyInAnyOrder("nav", "nav-supervisors");
        var reference = caseRefOf(task);
        assertThat(timeline(reference)).contains(
                "DEADLINE_REMINDER Reminder to Nav: Assess child benefit is due on "
                        + java.time.LocalDate.ofInstant(due, java.time.ZoneId.of("Europe/Oslo")),
                "DEADLINE_PASSED Assess child benefit passed its deadline and was escalated to the supervisors of Nav");
        // One sentence for each: the model's names of the timer paths stay off the citizen's timeline.
        assertThat(timeline(reference)).filteredOn(entry -> entry.startsWith("DEADLINE_")).hasSize(2);
        assertThat(timeline(reference)).noneMatch(entry -> entry.contains("Deadline near") || entry.contains("Deadline passed")
                || entry.contains("Remind Nav of the deadline") || entry.contains("Escalate to Nav's supervisors")
                || entry.contains("Reminder sent") || entry.contains("Supervisors alerted"));
        assertThat(jdbc.queryForList("select action from task_audit_entry where task_id = ? order by id", String.class, task.getId()))
                .containsSubsequence("REMINDED", "ESCALATED");
        // The supervisors now have it in their candidate group; the timers are gone with the task.
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("nav-supervisors").count()).isEqualTo(1);
        tasks.complete(task.getId(), Map.of("decisionOutcome", "granted", "decisionReasons", "Barnet bor fast i Norge."));
        assertThat(deadlineJobs(task)).isEmpty();
    }

    @Test
    void while_the_citizen_task_is_open_the_case_waits_and_the_timeline_says_so() {
        var task = navTask();
        var reference = caseRefOf(task);
        var offer = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ChooseParentalBenefit").singleResult(), found -> found != null);
        assertThat(deadlineJobs(offer)).isEmpty();
        assertThat(statusOf(reference)).isEqualTo("WAITING");
        assertThat(timeline(reference)).anyMatch(entry -> entry.startsWith("CLOCK_STOPPED The case waits for you: Choose parental benefit"));

        var dueBefore = task.getDueDate().toInstant();
        try (var clock = EngineClock.of(engine)) {
            clock.setTo(Instant.now().plus(Duration.ofDays(3)));
            tasks.complete(offer.getId(), Map.of("parentalBenefitChoice", "decline", "parentalBenefitConfirmed", true));
        }

        // Nav's deadline moved by the three days the case waited for the mother, and its escalation with it.
        var dueAfter = tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate().toInstant();
        assertThat(Duration.between(dueBefore, dueAfter).toSeconds())
                .isBetween(Duration.ofDays(3).minusSeconds(60).toSeconds(), Duration.ofDays(3).plusSeconds(5).toSeconds());
        assertThat(deadlineJob(task, "DeadlinePassed").getDuedate().toInstant()).isEqualTo(dueAfter);
        assertThat(deadlineJob(task, "DeadlineNear").getDuedate().toInstant()).isEqualTo(dueAfter.minus(Duration.ofDays(2)));
        assertThat(statusOf(reference)).isEqualTo("OPEN");
        assertThat(timeline(reference)).anyMatch(entry -> entry.startsWith("CLOCK_RESUMED"));
        assertThat(jdbc.queryForObject("select count(*) from case_clock_stop where task_id = ? and ended_at is not null",
                Long.class, offer.getId())).isEqualTo(1);
    }

    @Test
    void the_sla_figures_leave_out_the_time_the_case_waited_for_the_citizen() {
        var model = Bpmn.createExecutableProcess("sla-clock-stop-test")
                .startEvent("StartEvent_Started")
                .parallelGateway("Gateway_Fork")
                .userTask("Task_Citizen").name("Answer a question").camundaAssignee("citizen-sla-test")
                .endEvent("EndEvent_Answered")
                .moveToNode("Gateway_Fork")
                .userTask("Task_Agency").name("Decide").camundaCandidateGroups("udi")
                .endEvent("EndEvent_Decided")
                .done();
        var deployment = repository.createDeployment().name("sla-clock-stop-test").addModelInstance("sla-clock-stop-test.bpmn", model).deploy();
        try {
            var start = Instant.parse("2031-03-03T09:00:00Z");
            try (var clock = EngineClock.of(engine)) {
                clock.setTo(start);
                var instance = runtime.startProcessInstanceByKey("sla-clock-stop-test");
                var citizen = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Citizen").singleResult();
                var agency = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Agency").singleResult();
                clock.setTo(start.plus(Duration.ofDays(3)));
                tasks.complete(citizen.getId());
                clock.setTo(start.plus(Duration.ofDays(5)));
                tasks.complete(agency.getId());
            }
            assertUdiSlaOfTwoDays();
        } finally {
            // The model is this test's own; the next tests see the engine's models as they were.
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private void assertUdiSlaOfTwoDays() {
        var response = as(udi).getForEntity("/api/agency/udi/sla?from=2031-03-08&to=2031-03-08", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var figures = response.getBody();
        assertThat(figures.get("agency").asText()).isEqualTo("udi");
        assertThat(figures.get("completedTasks").asLong()).isEqualTo(1);
        // Five days on the calendar, three of them waiting for the citizen: two days of agency time.
        assertThat(figures.get("medianTimeToComplete").get("seconds").asLong())
                .isBetween(Duration.ofDays(2).minusSeconds(5).toSeconds(), Duration.ofDays(2).plusSeconds(5).toSeconds());
        assertThat(figures.get("p90TimeToComplete").get("seconds").asLong())
                .isEqualTo(figures.get("medianTimeToComplete").get("seconds").asLong());
        assertThat(figures.get("openTasks").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void the_sla_figures_are_for_the_agency_only_and_bad_input_is_a_problem() {
        assertThat(as(staff.nav()).getForEntity("/api/agency/udi/sla", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(staff.nobody()).getForEntity("/api/agency/nav/sla", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(staff.nav()).getForEntity("/api/agency/no-such-agency/sla", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/agency/nav/sla", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        var bad = as(staff.nav()).getForEntity("/api/agency/nav/sla?from=yesterday", JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        var backwards = as(staff.nav()).getForEntity("/api/agency/nav/sla?from=2026-11-02&to=2026-11-01", JsonNode.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        var supervisor = as(staff.navSupervisor()).getForEntity("/api/agency/nav/sla", JsonNode.class);
        assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(supervisor.getBody().get("openTasks").asLong()).isGreaterThanOrEqualTo(supervisor.getBody().get("overdueTasks").asLong());
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, StaffUsers.passwordOf(user));
    }

    /** The boundary timers "Deadline near" and "Deadline passed" of the task, as the model names them. */
    private List<Job> deadlineJobs(Task task) {
        return java.util.stream.Stream.of("DeadlineNear", "DeadlinePassed")
                .flatMap(kind -> management.createJobQuery().executionId(task.getExecutionId())
                        .activityId(timerOf(task, kind)).timers().list().stream())
                .toList();
    }

    private Job deadlineJob(Task task, String kind) {
        var job = management.createJobQuery().executionId(task.getExecutionId()).activityId(timerOf(task, kind)).timers().singleResult();
        assertThat(job).as("timer %s", timerOf(task, kind)).isNotNull();
        return job;
    }

    private static String timerOf(Task task, String kind) {
        return "Timer_" + task.getTaskDefinitionKey().substring("Task_".length()) + kind;
    }

    private List<String> groupsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private List<String> timeline(String reference) {
        return jdbc.queryForList("select e.kind || ' ' || e.text from case_timeline_entry e join life_event_case c on c.id = e.case_id"
                + " where c.reference = ? order by e.id", String.class, reference);
    }

    private String statusOf(String reference) {
        return jdbc.queryForObject("select status from life_event_case where reference = ?", String.class, reference);
    }

    private String caseRefOf(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    }

    /** A Nav task in a real having-a-child case: a birth to a mother with a D-number (as in AgencyWorklistIT). */
    private Task navTask() {
        var today = population.today();
        var mother = population.all().stream()
                .filter(person -> person.isAlive() && person.hasDNumber() && person.sex() == Sex.FEMALE
                        && person.ageOn(today) >= 18 && person.ageOn(today) < 45)
                .findFirst().orElseThrow();
        // Born a month ago: other tests number the children they publish from today's date on.
        var child = births.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, today.minusDays(30), false))
                .persons().get("child");
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(child)).reference().value();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(reference).taskCandidateGroup("nav").singleResult(),
                task -> task != null);
    }
}
