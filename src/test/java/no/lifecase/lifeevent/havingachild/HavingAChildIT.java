package no.lifecase.lifeevent.havingachild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A birth in the simulated Folkeregisteret, followed to the end of its case through the real feed and
 * register clients: the family is read, child benefit is granted and NAV told, the mother chooses, the
 * health station visits, and a reminder goes out when the temporary name is still registered.
 */
@LifecaseIT
class HavingAChildIT {

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

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");   // a fresh feed starts after the register's last event
    }

    @Test
    void a_birth_is_followed_from_the_register_event_to_the_closed_case() {
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");

        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        var reference = instance.getBusinessKey();

        var offer = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseParentalBenefit").singleResult(), task -> task != null);
        assertThat(offer.getAssignee()).as("the offer is the mother's to answer").isEqualTo(mother);
        var homeVisit = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_HomeVisit").singleResult();
        var municipality = (String) runtime.getVariable(instance.getId(), "residenceMunicipality");
        assertThat(tasks.getIdentityLinksForTask(homeVisit.getId())).extracting(link -> link.getGroupId()).containsExactly("kommune-" + municipality);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("nav").count())
                .as("child benefit is granted without a NAV caseworker").isZero();
        simulation.awaitPassed(instance, "Task_GrantChildBenefit");

        tasks.complete(offer.getId(), Map.of("parentalBenefitChoice", "decline", "parentalBenefitConfirmed", true));
        tasks.complete(homeVisit.getId(), Map.of("homeVisitOutcome", "visited"));
        var namingDeadline = management.createJobQuery().processInstanceId(instance.getId()).activityId("Event_NamingDeadlinePassed").singleResult();
        management.executeJob(namingDeadline.getId());   // six months on, the temporary name is still registered
        simulation.awaitPassed(instance, "Task_SendNameReminder");

        await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));
        var closed = simulation.caseView(reference);
        assertThat(Simulation.entries(closed, "timeline")).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("CASE_OPENED Case opened: Having a child",
                        "STEP_COMPLETED Find the parents and who has parental responsibility",
                        "STEP_COMPLETED Grant child benefit",
                        "STEP_COMPLETED Choose parental benefit or lump-sum grant",
                        "STEP_COMPLETED Home visit from the health station",
                        "STEP_COMPLETED Remind you to choose a name",
                        "CASE_CLOSED Case closed");
        assertThat(Simulation.entries(closed, "dataAccess")).extracting(read -> read.get("register") + " " + read.get("about"))
                .contains("folkeregisteret " + child, "krr " + mother);
        assertThat(notices.sentFor(reference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactly("nav child-benefit-granted-automatically");
        assertThat(letters.sentFor(reference)).extracting(letter -> letter.letter() + " " + letter.recipient())
                .contains("name-reminder " + mother);

        // What the engine's history keeps of the closed case (docs/adr/0067): the child, the family and the answers, not
        // a variable that never had a value, nor the reference the case file and the business key hold.
        var kept = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .map(variable -> variable.getName()).toList();
        assertThat(kept).contains("subject", "motherId", "parentsWithResponsibility", "residenceMunicipality",
                "parentalBenefitChoice", "homeVisitOutcome");
        assertThat(kept).doesNotContain("childBenefitAdvice", "caseRef");
        // Where the case began is kept with the process instance, not again as a step.
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getStartActivityId())
                .isEqualTo("StartEvent_ChildBorn");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId("StartEvent_ChildBorn")
                .count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId("Task_SendNameReminder")
                .finished().count()).isOne();
    }

    @Test
    void a_stillbirth_takes_the_careful_path_with_no_offers() {
        var mother = simulation.example("singleMother");
        simulation.post("/sim/folkeregisteret/stillbirth", Map.of("mother", mother));

        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", mother);
        assertThat(runtime.getVariable(instance.getId(), "stillbirth")).isEqualTo(true);

        var contact = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ContactFamilyAfterStillbirth").singleResult(), task -> task != null);
        assertThat(tasks.getIdentityLinksForTask(contact.getId())).extracting(link -> link.getGroupId()).containsExactly("nav");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ChooseParentalBenefit").count())
                .as("no offers after a stillbirth").isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_GrantChildBenefit").count()).isZero();
    }
}
