package no.lifecase.lifeevent.startingabusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.Representation;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.portal.CaseSummary;
import no.lifecase.portal.CitizenCases;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A limited company founded in the simulated Enhetsregisteret, followed to the end of its case through the real feed
 * and register clients: the unit and its roles are read, the founder tells the expected turnover and is told to
 * register for VAT, Skatteetaten and Nav are told, the municipality offers business advice, and a board member
 * sees the case as the founder's representative.
 */
@LifecaseIT
class StartingABusinessIT {

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
        simulation.poll("enhetsregisteret");   // a fresh feed starts after the register's last update
    }

    @Test
    void a_new_limited_company_is_followed_from_the_register_update_to_the_closed_case() {
        var founder = simulation.example("marriedParentWithMinorChildren");
        var boardMember = simulation.example("widowed");
        var organisation = (String) simulation.post("/sim/enhetsregisteret/organisasjoner", Map.of("organisationForm", "AS",
                "name", "Fjordlys Verksted AS", "founder", founder, "employees", 3, "vatRegistered", false,
                "boardMembers", List.of(boardMember))).get("organisasjonsnummer");

        var instance = caseOpenedFor(organisation);
        var reference = instance.getBusinessKey();
        assertThat(runtime.getVariable(instance.getId(), "subject")).as("the case is the founder's").isEqualTo(founder);

        var turnover = awaitTask(instance, "Task_AskExpectedTurnover");
        assertThat(turnover.getAssignee()).as("only the founder knows what the business will sell").isEqualTo(founder);
        var advice = awaitTask(instance, "Task_OfferBusinessAdvice");
        var adviceAgency = (String) runtime.getVariable(instance.getId(), "adviceAgency");
        assertThat(adviceAgency).startsWith("kommune-");
        assertThat(tasks.getIdentityLinksForTask(advice.getId())).extracting(IdentityLink::getGroupId).containsExactly(adviceAgency);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().list())
                .extracting(job -> job.getDuedate().toInstant().isAfter(java.time.Instant.now()))
                .as("the advice task's reminder and escalation, and the founder's 30 days").hasSize(3).containsOnly(true);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).activityId("Timer_OfferBusinessAdviceDeadlinePassed")
                .singleResult().getDuedate()).isEqualTo(advice.getDueDate());
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("brreg").count())
                .as("the company has its board and daglig leder: nothing for Brønnøysundregistrene").isZero();

        assertThat(representation.casesActedInBy(Fodselsnummer.parse(boardMember))).contains(reference);
        assertThat(representation.representedBy(Fodselsnummer.parse(boardMember)))
                .as("the board member acts in the company's case, not for the founder").doesNotContain(Fodselsnummer.parse(founder));
        assertThat(citizenCases.of(Fodselsnummer.parse(boardMember))).extracting(CaseSummary::reference)
                .as("a board member sees the company's case").contains(reference);
        assertThat(citizenCases.find(Fodselsnummer.parse(boardMember), reference)).isPresent();

        var plan = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .getForObject("/api/cases/{reference}/plan", List.class, reference);
        assertThat(plan).extracting(step -> ((Map<?, ?>) step).get("name") + " " + ((Map<?, ?>) step).get("status"))
                .as("the plan shows what waits and what may come")
                .contains("Tell us your expected turnover IN_PROGRESS", "Offer business advice to the founder IN_PROGRESS",
                        "Check whether the business must register for VAT NEXT", "Tell you to register for VAT POSSIBLE");

        tasks.complete(turnover.getId(), Map.of("expectedTurnover", 120_000L));
        tasks.complete(advice.getId(), Map.of("adviceOutcome", "given"));

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));
        var closed = simulation.caseView(reference);
        assertThat(Simulation.entries(closed, "timeline")).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("CASE_OPENED Case opened: Starting and running a business",
                        "STEP_COMPLETED Read the business and its roles from Enhetsregisteret",
                        "STEP_COMPLETED Tell us your expected turnover",
                        "STEP_COMPLETED Tell you to register for VAT",
                        "STEP_COMPLETED Tell Skatteetaten the business expects VAT-liable turnover",
                        "STEP_COMPLETED Tell Nav about the new employer",
                        "STEP_COMPLETED Send you guidance for new businesses",
                        "STEP_COMPLETED Offer business advice to the founder",
                        "CASE_CLOSED Case closed");
        assertThat(Simulation.entries(closed, "dataAccess")).extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("enhetsregisteret " + organisation, "krr " + founder);
        assertThat(Simulation.entries(closed, "dataAccess")).filteredOn(read -> "enhetsregisteret".equals(read.get("register")))
                .allSatisfy(read -> assertThat(read.get("legalBasis")).isNotNull());
        assertThat(notices.sentFor(reference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactlyInAnyOrder("nav new-employer", "skatteetaten vat-registration-expected");
        assertThat(letters.sentFor(reference)).extracting(letter -> letter.letter() + " " + letter.recipient())
                .containsExactlyInAnyOrder("business-start-guidance " + founder, "vat-registration-required " + founder);
        assertThat(citizenCases.of(Fodselsnummer.parse(boardMember))).extracting(CaseSummary::reference)
                .as("a closed case stays visible").contains(reference);
    }

    private ProcessInstance caseOpenedFor(String organisation) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            simulation.poll("enhetsregisteret");
            return runtime.createProcessInstanceQuery().processDefinitionKey(StartingABusiness.PROCESS_ID)
                    .variableValueEquals("organisationNumber", organisation).singleResult();
        }, found -> found != null);
    }

    private Task awaitTask(ProcessInstance instance, String activityId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).singleResult(), task -> task != null);
    }
}
