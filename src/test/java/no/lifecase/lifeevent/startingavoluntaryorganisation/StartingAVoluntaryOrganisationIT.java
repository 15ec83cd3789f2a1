package no.lifecase.lifeevent.startingavoluntaryorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.Representation;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.portal.CaseSummary;
import no.lifecase.portal.CitizenCases;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A voluntary organisation (FLI) founded in the simulated Enhetsregisteret, followed to the end of its case through the
 * real feed and the Enhetsregisteret and Frivillighetsregisteret clients: the board hears of the schemes, Norsk Tipping
 * and Lotteritilsynet are told where the organisation qualifies, and an organisation not yet in Frivillighetsregisteret
 * is offered registration, which any board member can answer.
 */
@LifecaseIT
class StartingAVoluntaryOrganisationIT {

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
    private AgencyNotices notices;

    @Autowired
    private CitizenLetters letters;

    @Autowired
    private Representation representation;

    @Autowired
    private CitizenCases citizenCases;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("enhetsregisteret");
    }

    @Test
    void a_registered_organisation_is_offered_the_schemes_and_the_agencies_are_told() {
        var founder = simulation.example("singleAdult");
        var member = simulation.example("widowed");
        var organisation = found(founder, member, true);
        var entry = http.getForObject("/frivillighetsregisteret/api/frivillige-organisasjoner/{orgnr}", Map.class, organisation);
        var inGrasrotandel = Boolean.TRUE.equals(((Map<?, ?>) entry.get("grasrotandel")).get("deltarI"));

        var instance = caseOpenedFor(organisation);
        var reference = instance.getBusinessKey();
        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));

        var closed = simulation.caseView(reference);
        assertThat(Simulation.entries(closed, "timeline")).extracting(e -> e.get("kind") + " " + e.get("text"))
                .contains("CASE_OPENED Case opened: Starting and running a voluntary organisation",
                        "STEP_COMPLETED Read the organisation and its board from Enhetsregisteret",
                        "STEP_COMPLETED Check whether the organisation is in Frivillighetsregisteret",
                        "STEP_COMPLETED Tell the board about grants, Grasrotandelen and VAT compensation",
                        "STEP_COMPLETED Tell Lotteritilsynet about the new organisation",
                        "CASE_CLOSED Case closed");
        assertThat(Simulation.entries(closed, "dataAccess")).extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("enhetsregisteret " + organisation, "frivillighetsregisteret " + organisation, "krr " + member);
        var expectedNotices = new ArrayList<>(List.of("lotteritilsynet vat-compensation-eligible-organisation"));
        if (!inGrasrotandel) {
            expectedNotices.add("norsk-tipping grasrotandel-eligible-organisation");
        }
        assertThat(notices.sentFor(reference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactlyInAnyOrderElementsOf(expectedNotices);
        var letter = inGrasrotandel ? "voluntary-schemes-taking-part" : "voluntary-schemes-registered";
        assertThat(letters.sentFor(reference)).extracting(sent -> sent.letter() + " " + sent.recipient())
                .as("every board member hears of the schemes").contains(letter + " " + founder, letter + " " + member);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();

        assertThat(representation.casesActedInBy(Fodselsnummer.parse(member))).contains(reference);
        assertThat(representation.representedBy(Fodselsnummer.parse(member))).doesNotContain(Fodselsnummer.parse(founder));
        assertThat(citizenCases.of(Fodselsnummer.parse(member))).extracting(CaseSummary::reference).contains(reference);
    }

    @Test
    void an_organisation_not_in_frivillighetsregisteret_is_offered_registration_and_a_board_member_answers() {
        var founder = simulation.example("singleAdult");
        var member = simulation.example("immigrant");
        var organisation = found(founder, member, false);

        var instance = caseOpenedFor(organisation);
        var reference = instance.getBusinessKey();
        var offer = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_OfferRegistration").singleResult(), task -> task != null);
        assertThat(tasks.getIdentityLinksForTask(offer.getId())).extracting(IdentityLink::getUserId).contains(founder, member);

        var memberId = Fodselsnummer.parse(member);
        assertThat(citizenCases.of(memberId)).extracting(CaseSummary::reference).as("the board member sees the case").contains(reference);
        assertThat(citizenCases.details(memberId, reference, Language.NB).tasks()).extracting(task -> task.name())
                .as("and the question waiting for the board, in words written for the board").containsExactly("Registrer organisasjonen i Frivillighetsregisteret");
        assertThat(citizenCases.details(memberId, reference, Language.NN).tasks()).extracting(task -> task.name())
                .containsExactly("Registrer organisasjonen i Frivilligregisteret");

        tasks.complete(offer.getId(), Map.of("registrationAnswer", "will-register"));

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));
        assertThat(letters.sentFor(reference)).extracting(sent -> sent.letter() + " " + sent.recipient())
                .contains("frivillighetsregisteret-registration-guidance " + member,
                        "voluntary-schemes-after-registration " + founder, "voluntary-schemes-after-registration " + member);
        assertThat(notices.sentFor(reference)).as("the agencies hear of it when the register does").isEmpty();
        assertThat(Simulation.entries(simulation.caseView(reference), "dataAccess"))
                .extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("frivillighetsregisteret " + organisation);
    }

    private String found(String founder, String member, boolean inFrivillighetsregisteret) {
        return (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "FLI",
                "name", "Nabolagets Korps", "founder", founder, "boardMembers", List.of(member),
                "registerInFrivillighetsregisteret", inFrivillighetsregisteret)).get("organisasjonsnummer");
    }

    private ProcessInstance caseOpenedFor(String organisation) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            simulation.poll("enhetsregisteret");
            return runtime.createProcessInstanceQuery().processDefinitionKey(StartingAVoluntaryOrganisation.PROCESS_ID)
                    .variableValueEquals("organisationNumber", organisation).singleResult();
        }, found -> found != null);
    }
}
