package no.lifecase.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseTypes;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.register.domstol.DeclarationToCourt;
import no.lifecase.register.domstol.DomstolInnsendingClient;
import no.lifecase.simulator.domstol.SimulatedCourts;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.signering.SimulatedSigningService;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Three heirs of a woman who lived in Stavanger sign their declaration of private settlement at the simulated signing
 * service, each logged in with the test ID-porten at the high level; Lifecase checks the signatures and sends the PDF to
 * Sør-Rogaland tingrett, which checks them again. Started as death-and-inheritance will call it, with the contract's
 * variables (docs/adr/0062).
 */
@LifecaseIT
class SignAndSendDeclarationIT {

    private static final String STAVANGER = "1103";

    @LocalServerPort
    private int port;

    @Autowired
    private Population population;

    @Autowired
    private CaseService cases;

    @Autowired
    private CaseTypes caseTypes;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private HistoryService history;

    @Autowired
    private SignedDeclarations declarations;

    @Autowired
    private SimulatedCourts courts;

    @Autowired
    private SimulatedSigningService signingService;

    @Autowired
    private DomstolInnsendingClient court;

    @Autowired
    private no.lifecase.referencedata.CourtDistricts courtDistricts;

    @Test
    void three_heirs_sign_and_sor_rogaland_tingrett_gets_one_pdf_whose_three_signatures_verify() {
        var deceased = aParentInStavangerWithTwoChildren();
        var spouse = deceased.spouse();
        var heirs = new ArrayList<String>();
        heirs.add(spouse);
        heirs.addAll(deceased.children().subList(0, 2));
        var caseRef = cases.open(caseTypes.find("death-and-inheritance").orElseThrow(), deceased.fodselsnummer()).reference().value();

        var variables = new LinkedHashMap<String, Object>();
        variables.put(SigningVariables.CASE_REF, caseRef);
        variables.put(SigningVariables.DECEASED_ID, deceased.identityNumber());
        variables.put(SigningVariables.DECLARATION_CHOICE, "private-settlement");
        variables.put(SigningVariables.SIGNERS, heirs);
        variables.put(SigningVariables.DEBT_TAKERS, List.of(spouse));
        var instance = runtime.startProcessInstanceByKey(SigningVariables.PROCESS_KEY, caseRef, variables);

        var declaration = await().atMost(Duration.ofSeconds(60)).until(
                () -> declarations.ofProcess(instance.getId()).filter(stored -> stored.signatureJobId() != null), found -> found.isPresent())
                .orElseThrow();
        var signers = declarations.signers(declaration.id());
        assertThat(signers).extracting(SignedDeclarations.Signer::signer).containsExactlyInAnyOrderElementsOf(heirs);
        assertThat(signers).allSatisfy(signer -> assertThat(signer.signingUrl()).contains("/sim/signering/signer/"));
        assertThat(new String(declaration.document(), 0, 5)).isEqualTo("%PDF-");

        var first = signers.get(0);
        var anonymous = new CookieBrowser(port).get(first.signingUrl());
        assertThat(anonymous.status()).as("the signer must log in first").isEqualTo(401);
        var atSubstantial = loggedIn(first.signer(), "idporten-loa-substantial");
        assertThat(atSubstantial.post(first.signingUrl(), Map.of()).status()).as("a signature needs the high level").isEqualTo(403);
        var someoneElse = loggedIn(signers.get(1).signer(), "idporten-loa-high");
        assertThat(someoneElse.post(first.signingUrl(), Map.of()).status()).as("only the signer signs their own").isEqualTo(403);

        for (var signer : signers) {
            var browser = loggedIn(signer.signer(), "idporten-loa-high");
            assertThat(browser.get(signer.signingUrl()).body()).contains("<button type=\"submit\">Signer</button>");
            var signed = browser.post(signer.signingUrl(), Map.of());
            assertThat(signed.status()).isEqualTo(200);
            assertThat(signed.body()).contains("Du har signert dokumentet.");
        }

        // Lifecase asks the signing service again after its timer; the test does not wait ten minutes for it.
        // The job executor may take the timer while the test moves it, or run it between the query and the move (the
        // engine then finds no such job): either way the next round looks again.
        await().atMost(Duration.ofSeconds(90)).ignoreExceptionsMatching(e -> e instanceof OptimisticLockingException
                || e instanceof ProcessEngineException && String.valueOf(e.getMessage()).startsWith("No job found")).until(() -> {
            management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                    .forEach(timer -> management.setJobDuedate(timer.getId(), new java.util.Date()));
            return history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count() == 1;
        });
        var ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo("EndEvent_DeclarationSent");
        var out = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(variable -> variable.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(variable -> variable.getName(), variable -> variable.getValue(), (a, b) -> b));
        assertThat(out.get(SigningVariables.COURT_AGENCY)).isEqualTo("tingrett-TSRO");
        assertThat((String) out.get(SigningVariables.COURT_CASE_NUMBER)).matches("\\d{2}-\\d{6}DFA-TSRO");

        var atCourt = courts.caseOf(deceased.identityNumber()).orElseThrow();
        assertThat(atCourt.court().courtName()).isEqualTo("Sør-Rogaland tingrett");
        assertThat(atCourt.saksnummer()).isEqualTo(out.get(SigningVariables.COURT_CASE_NUMBER));
        assertThat(atCourt.skifteform()).isEqualTo("PRIVAT_SKIFTE");
        assertThat(atCourt.heirsOnAttest()).extracting(heir -> heir.identityNumber()).containsExactlyInAnyOrderElementsOf(heirs);
        var received = courts.declarationsReceived(atCourt.sakId());
        assertThat(received).as("the court got one PDF").hasSize(1);
        var signatures = new SignedPdfVerifier(signingService.ca().root()).verify(received.get(0));
        assertThat(signatures).extracting(VerifiedSignature::signer).containsExactlyInAnyOrderElementsOf(heirs);
        assertThat(declarations.ofProcess(instance.getId()).orElseThrow().signedDocument()).isEqualTo(received.get(0));

        // The court checks for itself: the same declaration with one byte changed is refused, and nothing is registered.
        var tampered = received.get(0).clone();
        tampered[10] = (byte) (tampered[10] ^ 0x01);
        var arvinger = heirs.stream().map(heir -> new DeclarationToCourt.Arving(heir, heir.equals(spouse))).toList();
        assertThatThrownBy(() -> court.send(new DeclarationToCourt(deceased.identityNumber(), "TSRO", "PRIVAT_SKIFTE", arvinger,
                Base64.getEncoder().encodeToString(tampered))))
                .isInstanceOfSatisfying(HttpClientErrorException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(422);
                    assertThat(refused.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
                    assertThat(refused.getResponseBodyAsString()).contains("does not match the signed content");
                });
        assertThat(courts.declarationsReceived(atCourt.sakId())).hasSize(1);
    }

    @Test
    void a_stavanger_death_goes_to_sor_rogaland_tingrett_and_a_haugesund_death_to_haugaland_og_sunnhordland() {
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        assertThat(courtDistricts.courtOf(STAVANGER, today)).contains("tingrett-TSRO");
        assertThat(courtDistricts.courtOf("1106", today)).contains("tingrett-THSU");
        assertThat(courtDistricts.courtOf("0301", today)).contains("tingrett-TOSL");
    }

    /** A married person living in Stavanger, not protected, with a living spouse and two living children. */
    private SimulatedPerson aParentInStavangerWithTwoChildren() {
        var candidates = population.all().stream()
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && !person.hasDNumber())
                .filter(person -> person.municipalityNumber().filter(STAVANGER::equals).isPresent())
                .filter(person -> person.spouse() != null && population.find(person.spouse()).filter(SimulatedPerson::isAlive).isPresent())
                .filter(person -> person.children().stream().filter(child -> population.find(child).filter(SimulatedPerson::isAlive).isPresent())
                        .count() >= 2 && person.children().stream().allMatch(child -> population.find(child).filter(SimulatedPerson::isAlive).isPresent()))
                .filter(person -> courts.caseOf(person.identityNumber()).isEmpty())
                .filter(person -> cases.casesOf(person.fodselsnummer()).isEmpty())
                .toList();
        assertThat(candidates).as("a parent in Stavanger in the simulated population").isNotEmpty();
        return candidates.get(candidates.size() - 1);
    }

    /** A browser in which this person has logged in with the test ID-porten, through the portal's login. */
    private CookieBrowser loggedIn(String pid, String level) {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myCases = browser.post("/idporten/login", Map.of("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", level, "locale", "nb"));
        assertThat(myCases.status()).isEqualTo(200);
        return browser;
    }

}
