package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mother answers the question on her newborn's case: she sees the child's case through representation (read from
 * the case), and answers the parental-benefit offer with its Camunda Form, checked on the server. Somebody else
 * finds neither the case nor the task. Over HTTP with the real ID-porten login, no JavaScript.
 */
@LifecaseIT
class RepresentativeAnswersTaskIT {

    private static final String STRANGER = "41819077906";

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
    private JdbcTemplate jdbc;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    @Test
    void the_mother_sees_her_childs_case_and_answers_the_offer_and_a_stranger_finds_nothing() {
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        var reference = instance.getBusinessKey();
        Task offer = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseParentalBenefit").singleResult(), task -> task != null);
        var taskPath = "/min-side/saker/" + reference + "/oppgaver/" + offer.getId();

        var stranger = new CookieBrowser(port);
        var strangersCases = logIn(stranger, STRANGER);
        assertThat(strangersCases.body()).doesNotContain(reference);
        assertThat(stranger.get("/min-side/saker/" + reference).status()).isEqualTo(404);
        var strangersTask = stranger.get(taskPath);
        assertThat(strangersTask.status()).isEqualTo(404);
        assertThat(stranger.postOnce(taskPath, form("_csrf", strangersCases.csrfToken(), "parentalBenefitChoice", "decline"))
                .statusCode()).isEqualTo(404);
        assertThat(stranger.getOnce("/api/citizen/cases/" + reference, "application/json").statusCode()).isEqualTo(404);
        assertThat(stranger.getOnce("/api/citizen/cases", "application/json").body()).doesNotContain(reference);

        var browser = new CookieBrowser(port);
        var myCases = logIn(browser, mother);
        assertThat(myCases.body()).contains(reference, "Få barn");
        assertThat(browser.getOnce("/api/citizen/cases", "application/json").body()).contains("\"reference\":\"" + reference + "\"");
        assertThat(browser.get("/min-side/saker/" + reference).body()).contains(taskPath, "Velg foreldrepenger eller engangsstønad");

        var taskPage = browser.get(taskPath);
        assertThat(taskPage.status()).isEqualTo(200);
        assertThat(taskPage.body()).contains("<fieldset", "<legend>", "Hva vil du søke om?", "(må fylles ut)",
                "name=\"parentalBenefitChoice\" value=\"decline\"", "for=\"field-parentalBenefitChoice-2\"", "Ingenting nå, takk",
                "Gratulerer med babyen").doesNotContain("error-summary", "What do you want to apply for?", "Congratulations");

        assertThat(browser.postOnce(taskPath, form("parentalBenefitChoice", "decline")).statusCode())
                .as("no answer without the CSRF token").isEqualTo(403);
        var refused = browser.post(taskPath, form("_csrf", taskPage.csrfToken(), "parentalBenefitCoverage", "90"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("error-summary", "href=\"#field-parentalBenefitChoice-0\"",
                "Du må svare på «Hva vil du søke om?».", "id=\"error-parentalBenefitChoice\"",
                "aria-describedby=\"error-parentalBenefitChoice\"").doesNotContain("«Hvor mye av lønnen din vil du ha hver måned?»");
        var incomplete = browser.post(taskPath, form("_csrf", refused.csrfToken(), "parentalBenefitChoice", "foreldrepenger",
                "parentalBenefitCoverage", "90"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body()).as("the answers show the conditional questions, with their own rules")
                .contains("Velg ett av svarene på «Hvor mye av lønnen din vil du ha hver måned?».",
                        "Du må krysse av for «Jeg vil at Nav skal få søknaden min med opplysningene registrene allerede har om meg og barnet mitt»")
                .doesNotContain("Du må svare på «Hva vil du søke om?»")
                .containsPattern("value=\"foreldrepenger\"[^>]*\\schecked");
        assertThat(tasks.createTaskQuery().taskId(offer.getId()).count()).as("nothing written on bad input").isOne();

        var answered = browser.post(taskPath, form("_csrf", refused.csrfToken(), "parentalBenefitChoice", "decline",
                "parentalBenefitCoverage", "100"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.uri().getPath()).isEqualTo("/min-side/saker/" + reference);
        assertThat(answered.body()).contains("Takk, vi har fått svaret ditt").doesNotContain(taskPath);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("parentalBenefitChoice").singleResult().getValue()).isEqualTo("decline");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("parentalBenefitCoverage").count()).as("a hidden question's answer is not kept").isZero();
        assertThat(browser.get(taskPath).status()).as("an answered task is gone").isEqualTo(404);
        assertThat(jdbc.queryForList("select actor from task_audit_entry where task_id = ? and action = 'COMPLETED'", String.class,
                offer.getId())).as("the answer is audited as the mother, masked, not as the engine")
                .containsExactly("citizen:" + Fodselsnummer.parse(mother).masked());
    }

    private static CookieBrowser.Page logIn(CookieBrowser browser, String pid) {
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        return browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
    }
}
