package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A board member of a new voluntary organisation logs in with ID-porten, finds the organisation's case (whose subject
 * is the founder) among their cases, and answers the board's question with its form. They do not see the founder's
 * other cases, and a stranger sees nothing. Over HTTP, no JavaScript.
 */
@LifecaseIT
class BoardMemberActsInOrganisationCaseIT {

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

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("enhetsregisteret");
    }

    @Test
    void a_board_member_sees_the_organisations_case_and_answers_for_the_board() {
        var founder = simulation.example("singleAdult");
        var member = simulation.example("marriedParentWithMinorChildren");
        var club = (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "FLI",
                "name", "Bygdas Sjakklubb", "founder", founder, "boardMembers", List.of(member),
                "registerInFrivillighetsregisteret", false)).get("organisasjonsnummer");
        var shop = (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "ENK",
                "name", "Grunnleggers Enkeltpersonforetak", "founder", founder)).get("organisasjonsnummer");
        var clubInstance = caseOpenedFor("starting-a-voluntary-organisation", club);
        var clubCase = clubInstance.getBusinessKey();
        var shopCase = caseOpenedFor("starting-a-business", shop).getBusinessKey();
        Task offer = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(clubCase)
                .taskDefinitionKey("Task_OfferRegistration").singleResult(), task -> task != null);
        var taskPath = "/min-side/saker/" + clubCase + "/oppgaver/" + offer.getId();

        var stranger = new CookieBrowser(port);
        assertThat(logIn(stranger, STRANGER).body()).doesNotContain(clubCase);
        assertThat(stranger.get("/min-side/saker/" + clubCase).status()).isEqualTo(404);
        assertThat(stranger.get(taskPath).status()).isEqualTo(404);

        var browser = new CookieBrowser(port);
        var myCases = logIn(browser, member);
        assertThat(myCases.body()).contains(clubCase, "Starte og drive en frivillig organisasjon")
                .as("the founder's own business is not the board member's business").doesNotContain(shopCase);
        assertThat(browser.getOnce("/api/citizen/cases", "application/json").body())
                .contains("\"reference\":\"" + clubCase + "\"").doesNotContain(shopCase);
        assertThat(browser.get("/min-side/saker/" + shopCase).status()).isEqualTo(404);
        assertThat(browser.get("/min-side/saker/" + clubCase).body())
                .contains(taskPath, "Registrer organisasjonen i Frivillighetsregisteret");

        var taskPage = browser.get(taskPath);
        assertThat(taskPage.status()).isEqualTo(200);
        assertThat(taskPage.body()).contains("Skal organisasjonen registrere seg i Frivillighetsregisteret?",
                "name=\"registrationAnswer\" value=\"will-register\"");
        var answered = browser.post(taskPath, form("_csrf", taskPage.csrfToken(), "registrationAnswer", "will-register"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.uri().getPath()).isEqualTo("/min-side/saker/" + clubCase);

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(clubCase).get("status")));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(clubInstance.getId())
                .variableName("registrationAnswer").singleResult().getValue()).isEqualTo("will-register");
    }

    private ProcessInstance caseOpenedFor(String lifeEvent, String organisation) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            simulation.poll("enhetsregisteret");
            return runtime.createProcessInstanceQuery().processDefinitionKey(lifeEvent)
                    .variableValueEquals("organisationNumber", organisation).singleResult();
        }, found -> found != null);
    }

    private static CookieBrowser.Page logIn(CookieBrowser browser, String pid) {
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        return browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
    }
}
