package no.lifecase.lifeevent.movinghouse;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Moving house, a life event Lifecase does not ship, written in this folder of the test sources alone (its model, its
 * form, its {@code LifeEvent} and its trigger on a Folkeregisteret event type), in the whole application over real
 * HTTP: a move in Folkeregisteret opens its case from the feed, the catalogue lists it after the seven, the person the
 * citizen names as moving with them sees the case in their portal, and the process owners' figures count it. Nothing
 * outside this folder names it (docs/adr/0042-a-life-event-is-a-folder.md).
 * <p>
 * The profiles and the initializer declared here take the place of those {@link LifecaseIT} carries: the life event's
 * profile, and a database and engine of its own ({@link MovingHouseContext}), so that the context the other
 * integration tests share keeps the seven and never meets this one's engine.
 */
@LifecaseIT
@ActiveProfiles({"postgres", "simulators", MovingHouseModule.PROFILE})
@ContextConfiguration(initializers = MovingHouseContext.class)
class MovingHouseIT {

    private static final String OWNER = StaffUsers.of(MovingHouseIT.class).id("owner");
    private static final String FOLKEREGISTERET = "folkeregisteret";
    private static final String BERGEN = "4601";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private TaskService tasks;

    @Autowired
    private IdentityService identity;

    @Autowired
    private Population population;

    @Autowired
    private JdbcTemplate jdbc;

    private Simulation simulation;

    @BeforeEach
    void setUp() {
        StaffUsers.user(identity, OWNER, "process-owners");
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll(FOLKEREGISTERET);
    }

    @Test
    void its_context_has_a_database_and_an_engine_of_its_own() {
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(MovingHouseContext.DATABASE);
        assertThat(engine.getName()).isEqualTo(MovingHouseContext.ENGINE);
    }

    @Test
    void the_catalogue_lists_moving_house_after_the_seven() {
        var response = http.exchange("/api/life-events", HttpMethod.GET, null, JSON_LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var events = response.getBody();
        assertThat(events).extracting(event -> event.get("id")).containsExactly("having-a-child", "death-and-inheritance",
                "new-in-norway", "losing-and-finding-a-job", "seriously-ill-child", "starting-a-business",
                "starting-a-voluntary-organisation", "moving-house");
        var movingHouse = events.get(7);
        assertThat(movingHouse.get("title")).isEqualTo(Map.of("nb", "Flytte", "nn", "Flytte", "en", "Moving house"));
        assertThat(movingHouse.get("trigger")).isEqualTo(Map.of("kind", "REGISTER_EVENT", "register", "Folkeregisteret",
                "events", List.of("endringIBostedsadresse"), "description", Map.of(
                        "nb", "Folkeregisteret registrerer en ny bostedsadresse etter en flytting.",
                        "nn", "Folkeregisteret registrerer ei ny bustadadresse etter ei flytting.",
                        "en", "Folkeregisteret registers a new residence address after a move.")));
        assertThat(movingHouse.get("agencies")).asList().singleElement()
                .satisfies(agency -> assertThat(((Map<?, ?>) agency).get("id")).isEqualTo("skatteetaten"));
        assertThat(movingHouse.get("deployedVersion")).as("the engine deployed the folder's model").isNotNull();
    }

    @Test
    void a_process_owner_finds_nothing_to_fix_in_its_model_and_form() {
        var body = new LinkedMultiValueMap<String, Object>();
        for (var file : List.of("moving-house.bpmn", "moving-house_nb.properties", "moving-house_nn.properties",
                "moving-house_en.properties", "forms/moving-house-household.form", "forms/moving-house-household_nb.properties",
                "forms/moving-house-household_nn.properties", "forms/moving-house-household_en.properties")) {
            var content = resource(file);
            var name = file.substring(file.lastIndexOf('/') + 1);
            body.add("files", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        var response = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER))
                .exchange("/api/models/validation", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("findings")).asList().isEmpty();
    }

    @Test
    void a_move_opens_the_case_the_one_moving_along_sees_it_and_the_figures_count_it() {
        Instant from = Instant.now().minusMillis(1);
        var mover = marriedCoupleFromTheEnd();
        var spouse = mover.spouse();

        // Opened from the feed.
        var moved = simulation.post("/sim/folkeregisteret/move", Map.of("person", mover.identityNumber(), "municipality", BERGEN,
                "household", false));
        assertThat(Simulation.entries(moved, "events")).extracting(event -> event.get("hendelsetype"))
                .containsExactly(MovingHouse.RESIDENCE_ADDRESS_CHANGED);
        var instance = simulation.caseOpenedByFeed(FOLKEREGISTERET, MovingHouse.PROCESS_ID, mover.identityNumber());
        var reference = instance.getBusinessKey();
        var opened = simulation.caseView(reference);
        assertThat(opened.get("lifeEvent")).isEqualTo(MovingHouse.PROCESS_ID);
        assertThat(opened.get("status")).as("it waits for the citizen").isEqualTo("WAITING");
        Task question = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MovingHouse.Element.TELL_WHO_MOVES_WITH_YOU).singleResult(), task -> task != null);
        var casePath = "/min-side/saker/" + reference;
        var taskPath = casePath + "/oppgaver/" + question.getId();

        // Before the citizen names anyone, the spouse has no part in the move.
        var spousesBrowser = new CookieBrowser(port);
        assertThat(logIn(spousesBrowser, spouse).body()).doesNotContain(reference);
        assertThat(spousesBrowser.get(casePath).status()).isEqualTo(404);

        // The citizen names the spouse in the portal, with the folder's form.
        var browser = new CookieBrowser(port);
        assertThat(logIn(browser, mover.identityNumber()).body()).contains(reference, "Flytte");
        assertThat(browser.get(casePath).body()).contains(taskPath, "Fortell oss hvem som flytter med deg");
        var taskPage = browser.get(taskPath);
        assertThat(taskPage.status()).isEqualTo(200);
        assertThat(taskPage.body()).contains("Flytter noen sammen med deg?", "name=\"householdMoves\" value=\"with-someone\"");
        var answered = browser.post(taskPath, form("_csrf", taskPage.csrfToken(), "householdMoves", "with-someone",
                "movesWith", spouse));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.uri().getPath()).isEqualTo(casePath);
        await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));

        // Represented in the portal: the spouse now sees the move, through the variable the life event declares.
        assertThat(spousesBrowser.get("/min-side").body()).contains(reference, "Flytte");
        assertThat(spousesBrowser.get(casePath).status()).isEqualTo(200);
        assertThat(spousesBrowser.getOnce("/api/citizen/cases", "application/json").body())
                .contains("\"reference\":\"" + reference + "\"");

        // Counted in the process owners' figures.
        Instant to = Instant.now().plusSeconds(1);
        var figures = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER))
                .exchange("/api/kpis?from={from}&to={to}", HttpMethod.GET, null, JSON, from.toString(), to.toString());
        assertThat(figures.getStatusCode()).as("%s", figures.getBody()).isEqualTo(HttpStatus.OK);
        var movingHouse = lifeEvent(figures.getBody(), MovingHouse.PROCESS_ID);
        assertThat(movingHouse.get("title")).isEqualTo("Moving house");
        assertThat(movingHouse.get("deployed")).isEqualTo(true);
        assertThat(((Number) movingHouse.get("casesOpened")).longValue()).isEqualTo(1);
        assertThat(((Number) movingHouse.get("casesClosed")).longValue()).isEqualTo(1);
    }

    /**
     * A married adult of the simulated population and their living spouse, both with unprotected addresses and
     * ordinary numbers, taken from the population's end (docs/adr/0039-tests-pass-in-any-order.md).
     */
    private SimulatedPerson marriedCoupleFromTheEnd() {
        var today = population.today();
        var fromTheEnd = new ArrayList<>(population.adults());
        Collections.reverse(fromTheEnd);
        return fromTheEnd.stream()
                .filter(person -> !person.hasDNumber() && !person.hasProtectedAddress() && person.address() != null
                        && person.spouse() != null)
                .filter(person -> population.find(person.spouse())
                        .filter(spouse -> spouse.isAlive() && spouse.ageOn(today) >= 18 && !spouse.hasDNumber() && !spouse.hasProtectedAddress())
                        .isPresent())
                .findFirst().orElseThrow();
    }

    private static CookieBrowser.Page logIn(CookieBrowser browser, String pid) {
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        return browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-substantial", "locale", "nb"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lifeEvent(Map<String, Object> figures, String id) {
        return ((List<Map<String, Object>>) figures.get("lifeEvents")).stream().filter(event -> id.equals(event.get("lifeEvent")))
                .findFirst().orElseThrow();
    }

    private static byte[] resource(String file) {
        try (InputStream in = MovingHouseIT.class.getResourceAsStream(file)) {
            assertThat(in).as("%s beside this test", file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
