package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.signing.SignedDeclarations;
import no.lifecase.signing.SigningVariables;
import no.lifecase.simulator.domstol.SimulatedCourts;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two heirs of a death case are asked to sign the declaration; on the case page each sees what they sign and their
 * own link, never the other's, in bokmål, nynorsk and English, and the citizen API says the same; the third heir sees
 * no signing panel; once one has signed at the simulated signing service, the page says so (docs/adr/0062).
 */
@LifecaseIT
class DeclarationSigningPanelIT {

    private static final String STAVANGER = "1103";

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
    private Population population;

    @Autowired
    private CaseService cases;

    @Autowired
    private SimulatedCourts courts;

    @Autowired
    private SignedDeclarations declarations;

    @Test
    void each_signer_sees_their_own_link_the_third_heir_sees_nothing_and_a_signature_shows() {
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        var deceased = aParentWithTwoAdultChildrenOutsideStavanger();
        var spouse = deceased.spouse();
        var child = deceased.children().get(0);
        var otherChild = deceased.children().get(1);
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var death = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased.identityNumber());
        simulation.awaitPassed(death, "Task_FindFamily");
        var caseRef = death.getBusinessKey();

        var variables = new LinkedHashMap<String, Object>();
        variables.put(SigningVariables.CASE_REF, caseRef);
        variables.put(SigningVariables.DECEASED_ID, deceased.identityNumber());
        variables.put(SigningVariables.DECLARATION_CHOICE, "private-settlement");
        variables.put(SigningVariables.SIGNERS, List.of(spouse, child));
        variables.put(SigningVariables.DEBT_TAKERS, List.of(spouse));
        var signing = runtime.startProcessInstanceByKey(SigningVariables.PROCESS_KEY, caseRef, variables);
        try {
            var declaration = await().atMost(Duration.ofSeconds(60)).until(() -> declarations.ofProcess(signing.getId())
                    .filter(stored -> stored.signatureJobId() != null), found -> found.isPresent()).orElseThrow();
            var urls = new LinkedHashMap<String, String>();
            declarations.signers(declaration.id()).forEach(signer -> urls.put(signer.signer(), signer.signingUrl()));
            var casePage = "/min-side/saker/" + caseRef;

            var spouseBrowser = loggedIn(spouse);
            var childBrowser = loggedIn(child);
            var languages = Map.of(
                    "nb", List.of("Signer erklæringen", "Du signerer at arvingene overtar dødsboet til privat skifte.", "BankID",
                            "Gå til signering", "Har ikke signert ennå"),
                    "nn", List.of("Signer erklæringa", "Du signerer at arvingane overtek dødsbuet til privat skifte.", "BankID",
                            "Gå til signering", "Har ikkje signert enno"),
                    "en", List.of("Sign the declaration", "You sign that the heirs take over the estate for private settlement.",
                            "BankID", "Go to signing", "Has not signed yet"));
            languages.forEach((language, texts) -> {
                for (var reader : List.of(spouse, child)) {
                    var browser = reader.equals(spouse) ? spouseBrowser : childBrowser;
                    var page = browser.get(casePage + "?lang=" + language);
                    assertThat(page.status()).isEqualTo(200);
                    var panel = signingPanel(page.body());
                    assertThat(panel).as("%s in %s", reader, language).contains(texts);
                    assertThat(panel).contains("href=\"" + urls.get(reader) + "\"");
                    var other = reader.equals(spouse) ? child : spouse;
                    assertThat(page.body()).as("another signer's link").doesNotContain(urls.get(other));
                    assertThat(panel).as("no identity numbers").doesNotContain(spouse, child, deceased.identityNumber());
                }
            });

            var ownOverApi = spouseBrowser.get("/api/citizen/cases/" + caseRef, "application/json");
            assertThat(ownOverApi.status()).isEqualTo(200);
            assertThat(ownOverApi.body()).contains("\"signingUrl\":\"" + urls.get(spouse) + "\"", "\"choice\":\"private-settlement\"")
                    .doesNotContain(urls.get(child));

            var thirdHeir = loggedIn(otherChild);
            assertThat(thirdHeir.get("/api/citizen/cases/" + caseRef, "application/json").body())
                    .contains("\"reference\":\"" + caseRef + "\"").doesNotContain("signingUrl", "/sim/signering/signer/");
            var notASigner = thirdHeir.get(casePage);
            assertThat(notASigner.status()).as("the third heir sees the case").isEqualTo(200);
            assertThat(notASigner.body()).doesNotContain("signer-erklaering", "Signer erklæringen", "/sim/signering/signer/");
            var stranger = loggedIn(aStranger()).get(casePage);
            assertThat(stranger.status()).isEqualTo(404);
            assertThat(stranger.body()).doesNotContain("/sim/signering/signer/");

            var signed = spouseBrowser.post(urls.get(spouse), Map.of());
            assertThat(signed.body()).contains("Du har signert dokumentet.");
            var spouseAfter = signingPanel(spouseBrowser.get(casePage + "?lang=nb").body());
            assertThat(spouseAfter).contains("Du har signert erklæringen.").doesNotContain("Gå til signering");
            var childAfter = signingPanel(childBrowser.get(casePage + "?lang=en").body());
            assertThat(childAfter).contains("Go to signing", "Has signed", "Has not signed yet");
        } finally {
            runtime.deleteProcessInstance(signing.getId(), "The panel's test is over; nobody else signs");
        }
    }

    private static String signingPanel(String page) {
        int start = page.indexOf("aria-labelledby=\"signer-erklaering\"");
        assertThat(start).as("the signing panel is on the page").isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /**
     * Married, with a living spouse and exactly two living adult children; outside Stavanger, whose parents
     * SignAndSendDeclarationIT takes, and in no case or court yet.
     */
    private SimulatedPerson aParentWithTwoAdultChildrenOutsideStavanger() {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var candidates = population.all().stream()
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && !person.hasDNumber())
                .filter(person -> person.municipalityNumber().filter(STAVANGER::equals).isEmpty())
                .filter(person -> person.spouse() != null && population.find(person.spouse()).filter(this::livingAdult).isPresent())
                .filter(person -> person.children().size() == 2
                        && person.children().stream().allMatch(child -> population.find(child).filter(this::livingAdult).isPresent()))
                .filter(person -> courts.caseOf(person.identityNumber()).isEmpty())
                .filter(person -> cases.casesOf(person.fodselsnummer()).isEmpty())
                .toList();
        assertThat(candidates).as("a married parent of two adults in the simulated population").isNotEmpty();
        return candidates.get(0);
    }

    private boolean livingAdult(SimulatedPerson person) {
        return person.isAlive() && !person.hasProtectedAddress() && person.ageOn(LocalDate.now(ZoneId.of("Europe/Oslo"))) >= 18;
    }

    /** Someone with no tie to the case: alive, single and childless. */
    private String aStranger() {
        return population.all().stream()
                .filter(person -> person.isAlive() && !person.hasDNumber() && person.spouse() == null && person.children().isEmpty()
                        && person.ageOn(LocalDate.now(ZoneId.of("Europe/Oslo"))) >= 18)
                .reduce((first, second) -> second).orElseThrow().identityNumber();
    }

    /** A browser in which this person has logged in with the test ID-porten at the high level, through the portal's login. */
    private CookieBrowser loggedIn(String pid) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myCases = browser.post("/idporten/login", Map.of("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", "idporten-loa-high", "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
        return browser;
    }
}
