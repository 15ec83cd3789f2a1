package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.lifecase.casefile.CasePageFacts;
import no.lifecase.casefile.CasePages;
import no.lifecase.casefile.CasePlan;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case page's read model (docs/adr/0069): each open case keeps one row that every transaction changing the case
 * brings up to date before it commits, the page is read from that row, and a closed case keeps none.
 */
@LifecaseIT
class CasePageReadModelIT {

    @LocalServerPort
    private int port;

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
    private CaseService cases;

    @Autowired
    private CasePages pages;

    @Autowired
    private CaseTimeline timeline;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private TransactionTemplate transactions;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    @Test
    void the_kept_page_follows_a_birth_step_by_step_and_the_closed_case_keeps_none() throws Exception {
        var mother = simulation.example("marriedMotherUnder40");
        var instance = birthCaseOf(mother);
        var lifeEventCase = caseOf(instance);

        assertThat(kept(lifeEventCase)).as("the kept page, while the mother's answer is awaited").contains(pages.build(lifeEventCase));
        assertThat(kept(lifeEventCase).orElseThrow().tasksWaitingFor(mother)).extracting(CasePageFacts.WaitingTask::taskDefinitionKey)
                .containsExactly("Task_ChooseParentalBenefit");
        var browser = logIn(mother);
        var page = json.readTree(browser.getOnce("/api/citizen/cases/" + lifeEventCase.reference().value() + "?lang=nb", "application/json").body());
        assertThat(page.path("tasks").findValuesAsText("name")).containsExactly("Velg foreldrepenger eller engangsstønad");
        assertThat(page.path("timeline").findValuesAsText("text")).contains("Vi har opprettet saken", "Nav har innvilget barnetrygd for barnet");

        var offer = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ChooseParentalBenefit").singleResult();
        tasks.complete(offer.getId(), Map.of("parentalBenefitChoice", "decline", "parentalBenefitCoverage", "100",
                "parentalBenefitConfirmed", true));
        awaitSettled(instance);
        assertThat(kept(lifeEventCase)).as("the kept page, once the mother has answered").contains(pages.build(lifeEventCase));
        assertThat(kept(lifeEventCase).orElseThrow().tasksWaitingFor(mother)).isEmpty();
        page = json.readTree(browser.getOnce("/api/citizen/cases/" + lifeEventCase.reference().value() + "?lang=en", "application/json").body());
        assertThat(page.path("tasks")).isEmpty();
        assertThat(page.path("timeline").findValuesAsText("text")).contains("You have answered the offer of parental benefit and the lump-sum grant");

        var homeVisit = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_HomeVisit").singleResult();
        tasks.complete(homeVisit.getId(), Map.of("homeVisitOutcome", "visited"));
        management.createJobQuery().processInstanceId(instance.getId()).activityId("Event_NamingDeadlinePassed").list()
                .forEach(timer -> management.executeJob(timer.getId()));
        await().atMost(Duration.ofSeconds(60)).until(() -> caseOf(instance).status() == CaseStatus.CLOSED);
        assertThat(kept(lifeEventCase)).as("a closed case's page").isEmpty();
        page = json.readTree(browser.getOnce("/api/citizen/cases/" + lifeEventCase.reference().value() + "?lang=nn", "application/json").body());
        assertThat(page.path("status").asText()).isEqualTo("CLOSED");
        assertThat(page.path("plan")).isEmpty();
        assertThat(page.path("timeline").findValuesAsText("text")).contains("Vi har oppretta saka", "Saka er avslutta");
    }

    @Test
    void the_page_shows_what_its_row_holds() throws Exception {
        var mother = simulation.example("marriedMotherUnder40");
        var lifeEventCase = caseOf(birthCaseOf(mother));
        var facts = jdbc.queryForObject("select facts from case_page where case_id = ?", String.class, lifeEventCase.id());
        var browser = logIn(mother);
        var path = "/api/citizen/cases/" + lifeEventCase.reference().value() + "?lang=nb";
        assertThat(json.readTree(browser.getOnce(path, "application/json").body()).path("plan")).isNotEmpty();

        var noPlan = json.writeValueAsString(new CasePageFacts(List.of(), new CasePlan.Ahead(null, List.of()), List.of(), List.of()));
        jdbc.update("update case_page set facts = ? where case_id = ?", noPlan, lifeEventCase.id());
        try {
            var page = json.readTree(browser.getOnce(path, "application/json").body());
            assertThat(page.path("plan")).as("the plan, read from the row alone").isEmpty();
            assertThat(page.path("timeline")).isEmpty();
            assertThat(page.path("tasks")).isEmpty();
        } finally {
            jdbc.update("update case_page set facts = ? where case_id = ?", facts, lifeEventCase.id());
        }
    }

    @Test
    void a_transaction_that_rolls_back_leaves_the_page_as_it_was() {
        var lifeEventCase = caseOf(birthCaseOf(simulation.example("marriedMotherUnder40")));
        var before = kept(lifeEventCase).orElseThrow();
        var reference = lifeEventCase.reference().value();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            timeline.record(reference, TimelineKind.EVENT, "A step that fails after writing", null, "test", null);
            throw new IllegalStateException("the step fails");
        })).hasMessage("the step fails");
        assertThat(kept(lifeEventCase)).contains(before);

        transactions.executeWithoutResult(status -> timeline.record(reference, TimelineKind.EVENT, "A step that commits", null, "test", null));
        assertThat(kept(lifeEventCase).orElseThrow().timeline()).hasSize(before.timeline().size() + 1);
        assertThat(kept(lifeEventCase)).contains(pages.build(lifeEventCase));
    }

    private ProcessInstance birthCaseOf(String mother) {
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseParentalBenefit").count() == 1);
        awaitSettled(instance);
        return instance;
    }

    /** Until the case's process has no step left to run now: only timers and people are waited for. */
    private void awaitSettled(ProcessInstance instance) {
        await().atMost(Duration.ofSeconds(90)).until(() -> management.createJobQuery().processInstanceId(instance.getId()).executable()
                .count() == 0);
    }

    private LifeEventCase caseOf(ProcessInstance instance) {
        return cases.find(CaseReference.of(instance.getBusinessKey())).orElseThrow();
    }

    private Optional<CasePageFacts> kept(LifeEventCase lifeEventCase) {
        return jdbc.queryForList("select facts from case_page where case_id = ?", String.class, lifeEventCase.id()).stream()
                .findFirst().map(facts -> {
                    try {
                        return json.readValue(facts, CasePageFacts.class);
                    } catch (Exception e) {
                        throw new AssertionError("The kept page is no CasePageFacts: " + facts, e);
                    }
                });
    }

    private CookieBrowser logIn(String pid) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
        return browser;
    }
}
