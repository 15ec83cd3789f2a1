package no.lifecase.caseworker;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.simulator.folkeregisteret.FolkeregisteretScenarios;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A caseworker's day on real PostgreSQL, over HTTP (docs/adr/0060-a-worklist-to-run-a-day-on.md): finding a case by
 * reference, identity number or name (each look-up of a person logged on the case), claiming and assigning several tasks
 * at once within the agency, handing a task to another municipality, and the supervisors' view of who holds what.
 */
@LifecaseIT
class WorklistDayIT {

    private final StaffUsers staff = StaffUsers.of(WorklistDayIT.class);

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private IdentityService identity;

    @Autowired
    private TaskService tasks;

    @Autowired
    private AuthorizationService authorizations;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private CaseService cases;

    @Autowired
    private FolkeregisteretScenarios births;

    @Autowired
    private Population population;

    private Simulation simulation;

    @BeforeEach
    void staffAndFeed() {
        staff.ensure(identity);
        StaffUsers.user(identity, bergen(), "kommune-4601");
        StaffUsers.user(identity, bergenSupervisor(), "kommune-4601", "kommune-4601-supervisors");
        StaffUsers.user(identity, osloSupervisor(), "kommune-0301", "kommune-0301-supervisors");
        StaffUsers.user(identity, navColleague(), "nav");
        simulation = new Simulation(anonymous, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    // ---- Hand-over --------------------------------------------------------------------------------------

    @Test
    void a_task_handed_from_bergen_to_oslo_is_seen_by_oslo_and_not_bergen_and_the_citizen_reads_that_oslo_has_it() {
        var newcomer = newcomerIn("4601");
        var programme = awaitTask(newcomer.instance(), "Task_OfferIntroductionProgramme");
        var reference = newcomer.instance().getBusinessKey();
        assertThat(ids(everyTask(bergen(), "kommune-4601", ""))).contains(programme.getId());
        as(bergen()).postForEntity("/api/agency/kommune-4601/tasks/{id}/claim", null, String.class, programme.getId());

        assertThat(assertField(handOver(bergen(), "kommune-4601", programme, "{\"agency\":\"kommune-0301\"}"), "reason"))
                .as("said in the agency's bokmål").contains("reason må si hvorfor den andre etaten skal ha oppgaven");
        assertField(handOver(bergen(), "kommune-4601", programme, "{\"agency\":\"kommune-0301\",\"reason\":\"   \"}"), "reason");
        assertField(handOver(bergen(), "kommune-4601", programme, "{\"agency\":\"no-such-kommune\",\"reason\":\"Moved\"}"), "agency");
        assertThat(assertProblem(handOver(bergen(), "kommune-4601", programme, "{\"agency\":\"nav\",\"reason\":\"Moved\"}"),
                HttpStatus.UNPROCESSABLE_ENTITY)).contains("\"title\":\"En annen type etat\"", "kan bare gi en oppgave videre til en annen etat av samme type");
        assertThat(assertProblem(handOver(bergen(), "kommune-4601", programme, "{\"agency\":\"kommune-4601\",\"reason\":\"Moved\"}"),
                HttpStatus.UNPROCESSABLE_ENTITY)).contains("\"title\":\"Samme etat\"", "Oppgaven er allerede hos ");
        assertProblem(handOver(staff.oslo(), "kommune-4601", programme, "{\"agency\":\"kommune-0301\",\"reason\":\"Moved\"}"),
                HttpStatus.FORBIDDEN);
        assertThat(candidateGroups(programme)).containsExactly("kommune-4601");

        var handed = handOver(bergen(), "kommune-4601", programme,
                "{\"agency\":\"kommune-0301\",\"reason\":\"The family has moved to Oslo and starts the programme there\"}");
        assertThat(handed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(handed.getBody()).contains("\"agency\":\"kommune-0301\"", "\"assignee\":null");

        assertThat(candidateGroups(programme)).containsExactly("kommune-0301");
        assertThat(ids(everyTask(bergen(), "kommune-4601", ""))).doesNotContain(programme.getId());
        assertProblem(as(bergen()).getForEntity("/api/agency/kommune-4601/tasks/{id}", String.class, programme.getId()), HttpStatus.NOT_FOUND);
        assertThat(as(bergen()).exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST).getBody())
                .extracting(task -> task.get("id")).doesNotContain(programme.getId());
        assertThat(ids(everyTask(staff.oslo(), "kommune-0301", ""))).contains(programme.getId());
        assertThat(as(staff.oslo()).exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST).getBody())
                .extracting(task -> task.get("id")).contains(programme.getId());
        var claimed = as(staff.oslo()).postForEntity("/api/agency/kommune-0301/tasks/{id}/claim", null, Map.class, programme.getId());
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getBody()).containsEntry("assignee", staff.oslo());

        // Both agencies' supervisors read the hand-over and its reason; the citizen reads only which agency has the task.
        for (var supervisor : List.of(bergenSupervisor(), osloSupervisor())) {
            var agency = supervisor.equals(bergenSupervisor()) ? "kommune-4601" : "kommune-0301";
            assertThat(auditOf(supervisor, agency, reference)).filteredOn(entry -> "HANDED_OVER".equals(entry.get("action"))).singleElement()
                    .satisfies(entry -> assertThat(entry).containsEntry("actor", bergen()).containsEntry("handedTo", "kommune-0301")
                            .containsEntry("reason", "The family has moved to Oslo and starts the programme there"));
        }
        var timeline = Simulation.entries(simulation.caseView(reference), "timeline");
        assertThat(timeline).filteredOn(entry -> "HANDED_OVER".equals(entry.get("kind"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("agency", "kommune-0301"));

        var browser = new CookieBrowser(port);
        logIn(browser, newcomer.person());
        var asTheCitizenReadsIt = browser.getOnce("/api/citizen/cases/" + reference, "application/json").body();
        assertThat(asTheCitizenReadsIt).contains("Oppgaven i saken din er sendt videre til Oslo kommune, som nå arbeider med den")
                .doesNotContain("moved to Oslo", bergen());
        var inEnglish = browser.getOnce("/api/citizen/cases/" + reference + "?lang=en", "application/json").body();
        assertThat(inEnglish).contains("The task on your case has been passed to Oslo municipality, which now works on it");
    }

    // ---- Search -------------------------------------------------------------------------------------------

    @Test
    void a_caseworker_finds_the_agencys_task_by_reference_identity_number_or_name_and_each_person_look_up_is_logged() {
        var newcomer = newcomerIn("4601");
        var membership = awaitTask(newcomer.instance(), "Task_AssessMembership");
        var programme = awaitTask(newcomer.instance(), "Task_OfferIntroductionProgramme");
        var reference = newcomer.instance().getBusinessKey();
        var other = navTask();

        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + reference))).containsExactly(membership.getId());
        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + reference.toLowerCase()))).containsExactly(membership.getId());
        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + newcomer.person()))).containsExactly(membership.getId());
        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + caseRefOf(other)))).containsExactly(other.getId());
        // Within the agency's own tasks only: Bergen's task on the case is not Nav's to find.
        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + newcomer.person()))).doesNotContain(programme.getId());

        var name = population.find(newcomer.person()).orElseThrow().fullName();
        var words = name.split(" ");
        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + name))).contains(membership.getId()).doesNotContain(other.getId());
        var reversed = (words[words.length - 1] + " " + words[0]).toLowerCase();
        assertThat(ids(everyTask(staff.nav(), "nav", "q=" + reversed))).contains(membership.getId());

        var lookUps = Simulation.entries(simulation.caseView(reference), "dataAccess").stream()
                .filter(read -> "worklist".equals(read.get("register"))).toList();
        assertThat(lookUps).extracting(read -> read.get("fields"), read -> read.get("about"), read -> read.get("accessedBy"))
                .contains(org.assertj.core.groups.Tuple.tuple(List.of("identifikasjonsnummer"), newcomer.person(), staff.nav() + " (nav)"),
                        org.assertj.core.groups.Tuple.tuple(List.of("navn"), newcomer.person(), staff.nav() + " (nav)"));
        assertThat(lookUps).allSatisfy(read -> assertThat((String) read.get("purpose")).isNotBlank());
        assertThat(lookUps).as("two by identity number, two by name; not the searches by reference").hasSize(4);

        // The citizen sees the look-ups among the data used about them, without the caseworker.
        var browser = new CookieBrowser(port);
        logIn(browser, newcomer.person());
        var page = browser.get("/min-side/saker/" + reference).body();
        assertThat(page).contains("En saksbehandler søkte opp saken i arbeidslisten sin").doesNotContain(staff.nav());
    }

    @Test
    void a_malformed_search_is_refused_naming_q_and_never_ignored() {
        for (var query : List.of("LE-12", "12345", "15839049844", "%25%25", "x", "")) {
            var refused = as(staff.nav()).getForEntity("/api/agency/nav/tasks?q=" + query, String.class);
            assertThat(assertField(refused, "q")).contains("\"title\":\"Ugyldig q\"");
            assertThat(refused.getBody()).doesNotContain("15839049844");
        }
        assertThat(as(staff.nav()).getForEntity("/api/agency/nav/tasks?q=LE-12", String.class).getBody())
                .contains("q er ikke et saksnummer: et saksnummer ser ut som LE-2026-000123");
    }

    // ---- Bulk claim and assignment ---------------------------------------------------------------------

    @Test
    void a_caseworker_claims_several_tasks_at_once_and_none_if_a_colleague_has_one() {
        var first = navTask();
        var second = navTask();
        var colleagues = navTask();
        var free = navTask();

        var claimed = as(staff.nav()).postForEntity("/api/agency/nav/tasks/claim",
                json("{\"taskIds\":[\"" + first.getId() + "\",\"" + second.getId() + "\"]}"), Map.class);
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasksOf(claimed.getBody())).extracting(task -> task.get("id"), task -> task.get("assignee"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.getId(), staff.nav()),
                        org.assertj.core.groups.Tuple.tuple(second.getId(), staff.nav()));
        assertThat(auditOf(staff.navSupervisor(), "nav", caseRefOf(first))).extracting(entry -> entry.get("action"), entry -> entry.get("actor"))
                .contains(org.assertj.core.groups.Tuple.tuple("CLAIMED", staff.nav()));

        as(staff.navSupervisor()).postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, colleagues.getId());
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/claim",
                json("{\"taskIds\":[\"" + free.getId() + "\",\"" + colleagues.getId() + "\"]}"), String.class), HttpStatus.CONFLICT);
        assertThat(tasks.createTaskQuery().taskId(free.getId()).singleResult().getAssignee()).as("all or nothing").isNull();

        assertThat(assertField(as(staff.nav()).postForEntity("/api/agency/nav/tasks/claim", json("{\"taskIds\":[]}"), String.class), "taskIds"))
                .contains("taskIds må nevne minst én oppgave");
        assertField(as(staff.nav()).postForEntity("/api/agency/nav/tasks/claim", json("{}"), String.class), "taskIds");
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/claim", json("{\"taskIds\":[\"no-such-task\"]}"), String.class),
                HttpStatus.NOT_FOUND);
        assertProblem(as(staff.oslo()).postForEntity("/api/agency/nav/tasks/claim", json("{\"taskIds\":[\"" + free.getId() + "\"]}"),
                String.class), HttpStatus.FORBIDDEN);
    }

    @Test
    void tasks_are_assigned_to_a_colleague_of_the_agency_and_never_outside_it() {
        var first = navTask();
        var second = navTask();
        var body = "{\"taskIds\":[\"" + first.getId() + "\",\"" + second.getId() + "\"],\"assignee\":\"%s\"}";

        var outside = as(staff.nav()).postForEntity("/api/agency/nav/tasks/assign", json(body.formatted(staff.oslo())), String.class);
        assertThat(assertProblem(outside, HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("\"title\":\"Ikke en kollega\"", "kan bare tildeles en av etatens saksbehandlere");
        assertThat(assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/assign?lang=en", json(body.formatted(staff.oslo())),
                String.class), HttpStatus.UNPROCESSABLE_ENTITY)).contains("\"title\":\"Not a colleague\"", "can be assigned only to one of its caseworkers");
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/assign", json(body.formatted("nobody-at-all")), String.class),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertField(as(staff.nav()).postForEntity("/api/agency/nav/tasks/assign",
                json("{\"taskIds\":[\"" + first.getId() + "\"]}"), String.class), "assignee");
        assertThat(tasks.createTaskQuery().taskId(first.getId()).singleResult().getAssignee()).isNull();

        var assigned = as(staff.nav()).postForEntity("/api/agency/nav/tasks/assign", json(body.formatted(navColleague())), Map.class);
        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasksOf(assigned.getBody())).extracting(task -> task.get("assignee")).containsOnly(navColleague());
        assertThat(auditOf(staff.navSupervisor(), "nav", caseRefOf(first))).filteredOn(entry -> "ASSIGNED".equals(entry.get("action")))
                .singleElement().satisfies(entry -> assertThat(entry).containsEntry("actor", staff.nav()).containsEntry("assignee", navColleague()));

        // The colleague's tasks now: only a supervisor gives them to someone else.
        assertProblem(as(staff.nav()).postForEntity("/api/agency/nav/tasks/assign", json(body.formatted(staff.nav())), String.class),
                HttpStatus.FORBIDDEN);
        var reassigned = as(staff.navSupervisor()).postForEntity("/api/agency/nav/tasks/assign", json(body.formatted(staff.nav())), Map.class);
        assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(second.getId()).singleResult().getAssignee()).isEqualTo(staff.nav());
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(second.getId())
                .userIdIn(navColleague()).count()).as("the former assignee keeps only what the agency's group has").isZero();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(second.getId())
                .userIdIn(staff.nav()).count()).isOne();
    }

    // ---- Supervisors' view ----------------------------------------------------------------------------------

    @Test
    void a_supervisor_sees_who_holds_how_many_tasks_and_how_many_nobody_has_claimed() {
        var held = navTask();
        var overdue = navTask();
        navTask();
        tasks.setDueDate(overdue.getId(), java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(2))));
        as(staff.navSupervisor()).postForEntity("/api/agency/nav/tasks/assign",
                json("{\"taskIds\":[\"" + held.getId() + "\",\"" + overdue.getId() + "\"],\"assignee\":\"" + navColleague() + "\"}"), String.class);

        assertThat(assertProblem(as(staff.nav()).getForEntity("/api/agency/nav/holders", String.class), HttpStatus.FORBIDDEN))
                .contains("Bare etatens ledere kan se hvem som har oppgavene");
        var view = as(staff.navSupervisor()).getForEntity("/api/agency/nav/holders", Map.class);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        var body = view.getBody();
        assertThat(body).containsEntry("agency", "nav");
        @SuppressWarnings("unchecked")
        var holders = (List<Map<String, Object>>) body.get("holders");
        assertThat(holders).filteredOn(holder -> navColleague().equals(holder.get("userId"))).singleElement()
                .satisfies(holder -> {
                    assertThat(((Number) holder.get("open")).longValue()).isEqualTo(tasks.createTaskQuery().taskAssignee(navColleague()).count());
                    assertThat(((Number) holder.get("overdue")).longValue()).isGreaterThanOrEqualTo(1);
                    assertThat(holder.get("name")).isEqualTo("Test " + navColleague());
                });
        long unclaimed = ((Number) body.get("unclaimed")).longValue();
        assertThat(unclaimed).isEqualTo(tasks.createTaskQuery().taskCandidateGroup("nav").taskUnassigned().active().count());
        long heldInAll = holders.stream().mapToLong(holder -> ((Number) holder.get("open")).longValue()).sum();
        assertThat(((Number) body.get("open")).longValue()).isEqualTo(unclaimed + heldInAll);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private record Newcomer(String person, ProcessInstance instance) {
    }

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private String bergen() {
        return staff.id("bergen");
    }

    private String bergenSupervisor() {
        return staff.id("bergensupervisor");
    }

    private String osloSupervisor() {
        return staff.id("oslosupervisor");
    }

    private String navColleague() {
        return staff.id("nav2");
    }

    /** A refugee settled in the municipality: introduction programme for it, membership for Nav, tax card for Skatteetaten. */
    private Newcomer newcomerIn(String municipality) {
        var refugee = Simulation.persons(simulation.post("/sim/folkeregisteret/immigration", Map.of("fromCountry", "SYR",
                "municipality", municipality, "sex", "kvinne", "residencePermit", "midlertidig", "residenceBasis", "refugee"))).get("person");
        return new Newcomer(refugee, simulation.caseOpenedByFeed("folkeregisteret", "new-in-norway", refugee));
    }

    private Task awaitTask(ProcessInstance instance, String activityId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).singleResult(), task -> task != null);
    }

    /** A new having-a-child case whose child benefit Nav assesses: the mother has a D-number. */
    private Task navTask() {
        var today = population.today();
        var mother = population.all().stream()
                .filter(person -> person.isAlive() && person.hasDNumber() && person.sex() == Sex.FEMALE
                        && person.ageOn(today) >= 18 && person.ageOn(today) < 45)
                .findFirst().orElseThrow();
        var child = births.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false))
                .persons().get("child");
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(child)).reference().value();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(reference).taskCandidateGroup("nav").singleResult(),
                task -> task != null);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    private String caseRefOf(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    }

    private ResponseEntity<String> handOver(String userId, String agency, Task task, String body) {
        return as(userId).postForEntity("/api/agency/" + agency + "/tasks/{id}/hand-over", json(body), String.class, task.getId());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditOf(String supervisor, String agency, String reference) {
        var audit = as(supervisor).getForEntity("/api/agency/{agency}/audit?caseRef={ref}&size=100", Map.class, agency, reference);
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) audit.getBody().get("entries");
    }

    private TestRestTemplate as(String userId) {
        return anonymous.withBasicAuth(userId, StaffUsers.passwordOf(userId));
    }

    private static void logIn(CookieBrowser browser, String pid) {
        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
    }

    private List<Map<String, Object>> everyTask(String userId, String agency, String query) {
        var every = new java.util.ArrayList<Map<String, Object>>();
        for (int page = 0; ; page++) {
            var response = as(userId).exchange("/api/agency/" + agency + "/tasks?" + (query.isEmpty() ? "" : query + "&") + "size=100&page=" + page,
                    HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { });
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            every.addAll(tasksOf(response.getBody()));
            if (page + 1 >= ((Number) response.getBody().get("totalPages")).longValue()) {
                return every;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasksOf(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("tasks");
    }

    private static List<Object> ids(List<Map<String, Object>> listed) {
        return listed.stream().map(task -> task.get("id")).toList();
    }

    /** The problem's body, for what the caller reads in it. */
    private static String assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("Exception");
        return response.getBody();
    }

    private static String assertField(ResponseEntity<String> response, String field) {
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
        return response.getBody();
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
