package no.lifecase.kpi;

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
import java.util.regex.Pattern;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures a process owner sees for death-and-inheritance, after cases driven to known states on real
 * PostgreSQL: three deaths of people the population register does not know (each a task for Skatteetaten: one
 * completed late, one in time, one left open past its due date) and one death withdrawn before anyone had a task.
 * The expected figures are worked out here from the scenario and from the case API and the engine's task history,
 * not from the KPI queries; the page shows the same figures.
 */
@LifecaseIT
class LifeEventKpiIT {

    private static final String OWNER = StaffUsers.of(LifeEventKpiIT.class).id("owner");
    private static final String CASEWORKER = StaffUsers.of(LifeEventKpiIT.class).id("nav");
    private static final String DEATH = "death-and-inheritance";
    private static final String CHECK = "Task_CheckDeathRegistration";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    private LifeEvents lifeEvents;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private IdentityService identity;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService tasks;

    @Autowired
    private HistoryService history;

    @Autowired
    private CaseService cases;

    @Autowired
    private TransactionTemplate transaction;

    private Simulation simulation;

    @BeforeEach
    void setUp() {
        StaffUsers.user(identity, OWNER, "process-owners");
        StaffUsers.user(identity, CASEWORKER, "nav");
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    @Test
    void theFiguresOfKnownCasesAreWhatTheProcessOwnerSees() {
        long openPastDueBefore = skatteetaten(lifeEvent(kpis(null, null), DEATH)).map(agency -> number(agency, "openPastDue")).orElse(0L);
        Instant from = Instant.now().minusMillis(1);

        var late = unknownPersonDies();
        var inTime = unknownPersonDies();
        var leftOpen = unknownPersonDies();
        var lateTask = checkTask(late);
        var inTimeTask = checkTask(inTime);
        var openTask = checkTask(leftOpen);
        transaction.executeWithoutResult(status -> {
            tasks.setDueDate(lateTask.getId(), Date.from(Instant.now().minus(Duration.ofHours(1))));
            tasks.complete(lateTask.getId(), Map.of("deathRegistrationConfirmed", true));
        });
        tasks.complete(inTimeTask.getId(), Map.of("deathRegistrationConfirmed", true));
        tasks.setDueDate(openTask.getId(), Date.from(Instant.now().minus(Duration.ofHours(1))));
        String withdrawn = deathWithdrawnBeforeAnyTask();
        Instant to = Instant.now().plusSeconds(1);

        // Worked out from the scenario, the case API and the engine's task history.
        var leadTimes = new ArrayList<Long>();
        for (String reference : List.of(late, inTime, withdrawn)) {
            var view = simulation.caseView(reference);
            assertThat(view.get("status")).isEqualTo("CLOSED");
            leadTimes.add(Duration.between(Instant.parse((String) view.get("openedAt")), Instant.parse((String) view.get("closedAt"))).toSeconds());
        }
        leadTimes.sort(null);
        long millisSpent = java.util.stream.Stream.of(lateTask.getId(), inTimeTask.getId())
                .mapToLong(id -> history.createHistoricTaskInstanceQuery().taskId(id).singleResult().getDurationInMillis()).sum();

        var figures = kpis(from.toString(), to.toString());
        var death = lifeEvent(figures, DEATH);

        assertThat(death.get("deployed")).isEqualTo(true);
        assertThat(number(death, "casesOpened")).isEqualTo(4);
        assertThat(number(death, "casesClosed")).isEqualTo(3);
        assertThat(number(map(death, "medianLeadTime"), "seconds")).isEqualTo(leadTimes.get(1));
        assertThat(number(map(death, "p90LeadTime"), "seconds")).isEqualTo(leadTimes.get(2));
        assertThat(number(death, "closedWithoutManualTask")).isEqualTo(1);
        assertThat(((Number) death.get("shareWithoutManualTask")).doubleValue()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        var skatteetaten = skatteetaten(death).orElseThrow();
        assertThat(skatteetaten.get("name")).isEqualTo("Norwegian Tax Administration");
        assertThat(number(skatteetaten, "completedTasks")).isEqualTo(2);
        assertThat(number(map(skatteetaten, "timeSpent"), "seconds")).isEqualTo(millisSpent / 1000);
        assertThat(number(map(skatteetaten, "averageTime"), "seconds")).isEqualTo(millisSpent / 1000 / 2);
        assertThat(number(skatteetaten, "completedLate")).isEqualTo(1);
        assertThat(number(skatteetaten, "openPastDue")).as("open past due is counted as of now, whenever created")
                .isEqualTo(openPastDueBefore + 1);
        assertThat(number(death, "completedLate")).isEqualTo(1);
        assertThat(lifeEvent(figures, "having-a-child").get("casesOpened")).isEqualTo(0);
        assertThat(figures.get("lifeEvents")).asList().hasSizeGreaterThanOrEqualTo(lifeEvents.all().size());

        // The page shows the same figures, in tables.
        var page = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).getForEntity("/process-owner/kpis?from={from}&to={to}", String.class,
                from.toString(), to.toString());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        var rows = rows(page.getBody(), "data-life-event=\"" + DEATH + "\"");
        assertThat(rows).anySatisfy(row -> assertThat(cell(row, "opened")).isEqualTo("4"));
        assertThat(rows).anySatisfy(row -> assertThat(cell(row, "closed")).isEqualTo("3"));
        assertThat(rows).anySatisfy(row -> assertThat(cell(row, "median-lead-time")).isEqualTo(map(death, "medianLeadTime").get("text")));
        assertThat(rows).anySatisfy(row -> assertThat(cell(row, "share-without-manual-task")).isEqualTo("33 %"));
        assertThat(rows).anySatisfy(row -> assertThat(cell(row, "completed-late")).isEqualTo("1"));
        var agencyRows = rows(page.getBody(), "data-agency=\"skatteetaten\"");
        assertThat(agencyRows).anySatisfy(row -> {
            assertThat(cell(row, "completed-tasks")).isEqualTo("2");
            assertThat(cell(row, "time-spent")).isEqualTo(map(skatteetaten, "timeSpent").get("text"));
        });
        assertThat(page.getBody()).doesNotContain("<script");
    }

    @Test
    void badPeriodsAreProblemsAndOnlyProcessOwnersGetIn() {
        var badFrom = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange("/api/kpis?from=yesterday", HttpMethod.GET, null, JSON);
        var backwards = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange("/api/kpis?from=2026-11-02&to=2026-11-01", HttpMethod.GET, null, JSON);
        var badPage = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).getForEntity("/process-owner/kpis?to=31.12.2026", String.class);
        var caseworker = http.withBasicAuth(CASEWORKER, StaffUsers.passwordOf(CASEWORKER)).getForEntity("/api/kpis", String.class);
        var caseworkerPage = http.withBasicAuth(CASEWORKER, StaffUsers.passwordOf(CASEWORKER)).getForEntity("/process-owner/kpis", String.class);
        var nobody = http.getForEntity("/api/kpis", String.class);

        assertThat(badFrom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badFrom.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(badFrom.getBody().get("field")).isEqualTo("from");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().get("field")).isEqualTo("to");
        assertThat(badPage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPage.getBody()).contains("to must be a date");
        assertThat(caseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(caseworkerPage.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- the scenario --------------------------------------------------------------------------------------------------

    /** A death of someone the population register does not know: Skatteetaten must check it. Returns the case reference. */
    private String unknownPersonDies() {
        var random = new Random();
        // A synthetic D-number born in 1905: outside the simulated population, so its register answers "not found".
        var subject = Fodselsnummer.generate(LocalDate.of(1905, 1 + random.nextInt(12), 1 + random.nextInt(28)), true, true, random);
        return transaction.execute(status -> cases.open(DeathAndInheritanceModule.LIFE_EVENT, subject)).reference().value();
    }

    private Task checkTask(String reference) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CHECK).singleResult(), task -> task != null);
    }

    /** A single adult dies and the death is withdrawn: the notices are taken back and the case ends, no task for anyone. */
    private String deathWithdrawnBeforeAnyTask() {
        var person = simulation.example("singleAdult");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", person));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", DEATH, person);
        await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                .eventName("EstateSettlementDecided").count() > 0);
        simulation.post("/sim/folkeregisteret/reactivation", Map.of("person", person));
        String reference = instance.getBusinessKey();
        // A page of the feed that meets a concurrent change is rolled back and read again at the next poll.
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            simulation.poll("folkeregisteret");
            return "CLOSED".equals(simulation.caseView(reference).get("status"));
        });
        assertThat(history.createHistoricTaskInstanceQuery().rootProcessInstanceId(instance.getId()).count())
                .as("no task for anyone").isZero();
        return reference;
    }

    // --- reading the answers -----------------------------------------------------------------------------------------

    private Map<String, Object> kpis(String from, String to) {
        String query = from == null ? "" : "?from={from}&to={to}";
        ResponseEntity<Map<String, Object>> response = from == null
                ? http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange("/api/kpis", HttpMethod.GET, null, JSON)
                : http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange("/api/kpis" + query, HttpMethod.GET, null, JSON, from, to);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lifeEvent(Map<String, Object> figures, String id) {
        return ((List<Map<String, Object>>) figures.get("lifeEvents")).stream().filter(event -> id.equals(event.get("lifeEvent")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static java.util.Optional<Map<String, Object>> skatteetaten(Map<String, Object> lifeEvent) {
        return ((List<Map<String, Object>>) lifeEvent.get("agencies")).stream().filter(agency -> "skatteetaten".equals(agency.get("agency")))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    private static long number(Map<String, Object> body, String name) {
        return ((Number) body.get(name)).longValue();
    }

    /** Every table row of the page with this attribute. */
    private static List<String> rows(String html, String attribute) {
        var rows = new ArrayList<String>();
        var matcher = Pattern.compile("<tr[^>]*" + Pattern.quote(attribute) + "[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (matcher.find()) {
            rows.add(matcher.group(1));
        }
        assertThat(rows).as("rows with %s", attribute).isNotEmpty();
        return rows;
    }

    private static String cell(String row, String figure) {
        var matcher = Pattern.compile("data-figure=\"" + Pattern.quote(figure) + "\"[^>]*>([^<]*)<").matcher(row);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
