package no.lifecase.lifeevent.newinnorway;

import static no.lifecase.testsupport.ProcessTests.assertForm;
import static no.lifecase.testsupport.ProcessTests.assertRemindedThenEscalated;
import static no.lifecase.testsupport.ProcessTests.noticesSent;
import static no.lifecase.testsupport.ProcessTests.recordDeadlineActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.lifecase.casefile.DeadlinePath;
import no.lifecase.lifeevent.ModelNames;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Agency;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Delegate;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Element;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Form;
import no.lifecase.lifeevent.newinnorway.NewInNorway.IdentityRoute;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Message;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Notice;
import no.lifecase.lifeevent.newinnorway.NewInNorway.ResidenceBasis;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Variable;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of {@code new-in-norway.bpmn}, with the delegates mocked, the two decisions evaluated for real and
 * notify-agency replaced by its stand-in. Fails if a flow node is passed by no test.
 */
@Deployment(resources = {
        "no/lifecase/lifeevent/newinnorway/new-in-norway.bpmn",
        "no/lifecase/lifeevent/newinnorway/decisions/newcomer-entitlements.dmn",
        "no/lifecase/lifeevent/newinnorway/decisions/newcomer-agency-routing.dmn",
        "stubs/notify-agency-stub.bpmn20.xml",
        "no/lifecase/lifeevent/newinnorway/forms/immigration-registration-check.form",
        "no/lifecase/lifeevent/newinnorway/forms/fodselsnummer-application.form",
        "no/lifecase/lifeevent/newinnorway/forms/newcomer-tax-card.form",
        "no/lifecase/lifeevent/newinnorway/forms/newcomer-membership.form",
        "no/lifecase/lifeevent/newinnorway/forms/choose-regular-gp.form",
        "no/lifecase/lifeevent/newinnorway/forms/introduction-programme-offer.form"})
class NewInNorwayProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    /** Flow nodes passed in any test, for the coverage check at the end. */

    /** After the engine extension, so that it reads the history before the deployment goes. */
    @RegisterExtension
    static FlowNodeCoverage coverage = new FlowNodeCoverage(NewInNorway.PROCESS_ID);

    private static final String CASE_REF = "LE-2026-000077";
    private static final String NEWCOMER = "15839049843";
    private static final String D_NUMBER = "41819077302";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private ProcessInstance instance;
    /** The case's subject: the newcomer's fødselsnummer, or the D-number of a D-number holder. */
    private String subject = NEWCOMER;
    private final List<String> deadlineActions = new ArrayList<>();

    @BeforeEach
    void fixTheClockAndMockTheDelegates() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        givenNewcomer(newcomer -> newcomer);
        givenResidenceBasis(ResidenceBasis.REFUGEE);
        Mocks.register(Delegate.SEND_WELCOME_LETTER, (JavaDelegate) execution -> { });
        recordDeadlineActions(deadlineActions);
        deadlineActions.clear();
    }

    @AfterEach
    void resetTheClockAndTheMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }


    // ---------------------------------------------------------------------------------------------------------
    // A resident with a fødselsnummer

    @Test
    void a_refugee_is_offered_every_service_each_by_its_agency_and_the_case_closes_when_all_are_handled() {
        startAndLookUp();

        assertThatInstance().hasPassed(Element.FIND_RESIDENCE_BASIS, Element.DECIDE_ENTITLEMENTS, Element.DECIDE_AGENCIES,
                        Element.SEND_WELCOME_LETTER, Element.FODSELSNUMMER_GIVEN)
                .isWaitingAt(Element.ISSUE_TAX_CARD, Element.ASSESS_MEMBERSHIP, Element.CHOOSE_REGULAR_GP,
                        Element.OFFER_INTRODUCTION_PROGRAMME)
                .variables().containsEntry(Variable.INTRODUCTION_PROGRAMME_OFFERED, true)
                .containsEntry(Variable.NORWEGIAN_TRAINING_OFFERED, true)
                .containsEntry(Variable.FODSELSNUMMER_APPLICATION_OFFERED, false)
                .containsEntry(Variable.MUNICIPALITY_AGENCY, "kommune-0301");

        var taxCard = taskAt(Element.ISSUE_TAX_CARD);
        assertThat(candidateGroups(taxCard)).containsExactly(Agency.SKATTEETATEN);
        assertDueInDays(taxCard, 14);
        assertForm(taxCard, Form.TAX_CARD);
        var membership = taskAt(Element.ASSESS_MEMBERSHIP);
        assertThat(candidateGroups(membership)).containsExactly(Agency.NAV);
        BpmnAwareTests.assertThat(membership).hasDueDate(monthsFromNow(1));
        assertForm(membership, Form.MEMBERSHIP);
        var programme = taskAt(Element.OFFER_INTRODUCTION_PROGRAMME);
        assertThat(candidateGroups(programme)).containsExactly("kommune-0301");
        BpmnAwareTests.assertThat(programme).hasDueDate(monthsFromNow(3));
        assertForm(programme, Form.INTRODUCTION_PROGRAMME);
        var gp = taskAt(Element.CHOOSE_REGULAR_GP);
        BpmnAwareTests.assertThat(gp).isAssignedTo(NEWCOMER);
        assertThat(candidateGroups(gp)).isEmpty();
        assertDueInDays(gp, 30);
        assertForm(gp, Form.CHOOSE_REGULAR_GP);

        complete(taxCard, withVariables(Variable.TAX_CARD_OUTCOME, "issued"));
        complete(membership, withVariables(Variable.MEMBERSHIP_DECISION, "member-resident"));
        complete(gp, withVariables(Variable.REGULAR_GP_CHOICE, "choose", Variable.REGULAR_GP_WISH, "a woman"));
        complete(programme, withVariables(Variable.INTRODUCTION_PROGRAMME_OUTCOME, "started"));

        assertThatInstance().hasPassed(Element.SEND_GP_CHOICE_TO_HELFO, Element.GATEWAY_OFFERS_JOIN, Element.END_NEWCOMER_OFFERED)
                .hasNotPassed(Element.APPLY_FOR_FODSELSNUMMER, Element.D_NUMBER_REPLACED)
                .isEnded();
        assertThat(noticesSent(instance)).extracting(notice -> notice.get("agency") + " " + notice.get("notice"))
                .containsExactlyInAnyOrder("skatteetaten " + Notice.TAX_CARD, "nav " + Notice.MEMBERSHIP,
                        "helfo " + Notice.REGULAR_GP_CHOICE, "kommune-0301 " + Notice.INTRODUCTION_PROGRAMME);
        assertThat(noticesSent(instance)).allSatisfy(notice -> assertThat(notice).containsEntry("caseRef", CASE_REF)
                .containsEntry("businessKey", CASE_REF));
    }

    @Test
    void a_fodselsnummer_that_replaced_a_d_number_is_told_apart_and_a_worker_gets_no_introduction_programme() {
        givenNewcomer(newcomer -> {
            newcomer.put(Variable.IDENTITY_ROUTE, IdentityRoute.FODSELSNUMMER_FROM_D_NUMBER);
            return newcomer;
        });
        givenResidenceBasis(ResidenceBasis.WORK);
        startAndLookUp();

        assertThatInstance().hasPassed(Element.D_NUMBER_REPLACED, Element.GATEWAY_INTEGRATION_HANDLED)
                .hasNotPassed(Element.FODSELSNUMMER_GIVEN, Element.APPLY_FOR_FODSELSNUMMER, Element.NOTIFY_MUNICIPALITY_INTEGRATION)
                .isWaitingAt(Element.ISSUE_TAX_CARD, Element.ASSESS_MEMBERSHIP, Element.CHOOSE_REGULAR_GP);

        complete(taskAt(Element.CHOOSE_REGULAR_GP), withVariables(Variable.REGULAR_GP_CHOICE, "decline"));
        complete(taskAt(Element.ISSUE_TAX_CARD), withVariables(Variable.TAX_CARD_OUTCOME, "already-issued"));
        complete(taskAt(Element.ASSESS_MEMBERSHIP), withVariables(Variable.MEMBERSHIP_DECISION, "member-resident"));

        assertThatInstance().hasNotPassed(Element.SEND_GP_CHOICE_TO_HELFO).isEnded();
        assertThat(noticesSent(instance)).extracting(notice -> notice.get("notice")).containsExactlyInAnyOrder(Notice.TAX_CARD, Notice.MEMBERSHIP);
    }

    @Test
    void the_regular_gp_offer_closes_a_week_after_its_deadline() {
        startAndLookUp();
        completeAgencyTasks();

        var expiry = timer(Element.GP_OFFER_EXPIRED);
        assertThat(expiry.getDuedate()).isEqualTo(daysFromNow(37));
        execute(expiry);

        assertThatInstance().hasPassed(Element.GP_OFFER_EXPIRED, Element.GATEWAY_REGULAR_GP_HANDLED)
                .hasNotPassed(Element.GATEWAY_GP_CHOICE, Element.SEND_GP_CHOICE_TO_HELFO).isEnded();
    }

    @Test
    void a_child_gets_no_tax_card_and_no_programme_but_a_regular_gp_and_membership() {
        givenNewcomer(newcomer -> {
            newcomer.put(Variable.AGE, 10);
            return newcomer;
        });
        givenResidenceBasis(ResidenceBasis.FAMILY_REUNIFICATION);
        startAndLookUp();

        assertThatInstance().hasPassed(Element.GATEWAY_TAX_CARD_HANDLED, Element.GATEWAY_INTEGRATION_HANDLED)
                .hasNotPassed(Element.NOTIFY_SKATTEETATEN_TAX_CARD, Element.NOTIFY_MUNICIPALITY_INTEGRATION)
                .isWaitingAt(Element.ASSESS_MEMBERSHIP, Element.CHOOSE_REGULAR_GP)
                .variables().containsEntry(Variable.TAX_CARD_OFFERED, false)
                .containsEntry(Variable.INTRODUCTION_PROGRAMME_OFFERED, false);
    }

    @Test
    void a_person_reunified_with_family_is_offered_the_programme_by_the_municipality_where_they_live() {
        givenNewcomer(newcomer -> {
            newcomer.put(Variable.RESIDENCE_MUNICIPALITY, "4601");
            newcomer.put(Variable.AGE, 60);
            return newcomer;
        });
        givenResidenceBasis(ResidenceBasis.FAMILY_REUNIFICATION);
        startAndLookUp();

        assertThatInstance().variables().containsEntry(Variable.INTRODUCTION_PROGRAMME_OFFERED, false)
                .containsEntry(Variable.NORWEGIAN_TRAINING_OFFERED, true);
        assertThat(candidateGroups(taskAt(Element.OFFER_INTRODUCTION_PROGRAMME))).containsExactly("kommune-4601");
    }

    @Test
    void a_protected_address_goes_to_nav_vikafossen_and_imdi_and_never_names_the_municipality() {
        givenNewcomer(newcomer -> {
            newcomer.remove(Variable.RESIDENCE_MUNICIPALITY);
            newcomer.put(Variable.ADDRESS_PROTECTED, true);
            return newcomer;
        });
        startAndLookUp();

        assertThat(candidateGroups(taskAt(Element.ASSESS_MEMBERSHIP))).containsExactly(Agency.NAV_VIKAFOSSEN);
        assertThat(candidateGroups(taskAt(Element.OFFER_INTRODUCTION_PROGRAMME))).containsExactly(Agency.IMDI);
        assertThat(candidateGroups(taskAt(Element.ISSUE_TAX_CARD))).containsExactly(Agency.SKATTEETATEN);
        assertThat(noticesSent(instance)).extracting(notice -> String.valueOf(notice.get("agency")))
                .noneMatch(agency -> agency.startsWith(Agency.MUNICIPALITY_PREFIX));
    }

    // ---------------------------------------------------------------------------------------------------------
    // A D-number holder

    @Test
    void a_d_number_holder_who_stays_sends_rf_1401_and_the_fodselsnummer_ends_the_wait() {
        givenDNumberHolder(ResidenceBasis.WORK);
        startAndLookUp();

        assertThatInstance().isWaitingAt(Element.APPLY_FOR_FODSELSNUMMER, Element.ISSUE_TAX_CARD, Element.ASSESS_MEMBERSHIP)
                .hasPassed(Element.GATEWAY_REGULAR_GP_HANDLED, Element.GATEWAY_INTEGRATION_HANDLED)
                .hasNotPassed(Element.CHOOSE_REGULAR_GP)
                .variables().containsEntry(Variable.FODSELSNUMMER_APPLICATION_OFFERED, true)
                .containsEntry(Variable.MEMBERSHIP_OFFERED, true);
        var application = taskAt(Element.APPLY_FOR_FODSELSNUMMER);
        BpmnAwareTests.assertThat(application).isAssignedTo(D_NUMBER);
        assertDueInDays(application, 30);
        assertForm(application, Form.FODSELSNUMMER_APPLICATION);

        complete(application, withVariables(Variable.FODSELSNUMMER_APPLICATION_CHOICE, "apply"));
        assertThatInstance().hasPassed(Element.SEND_MOVE_NOTIFICATION).isWaitingAt(Element.AWAIT_FODSELSNUMMER);
        assertThat(noticesSent(instance)).extracting(notice -> notice.get("agency") + " " + notice.get("notice"))
                .contains("skatteetaten " + Notice.MOVE_NOTIFICATION);

        runtimeService().createMessageCorrelation(Message.FODSELSNUMMER_ASSIGNED).processInstanceBusinessKey(CASE_REF).correlate();
        completeAgencyTasks();

        assertThatInstance().hasPassed(Element.AWAIT_FODSELSNUMMER, Element.GATEWAY_IDENTITY_HANDLED)
                .hasNotPassed(Element.NO_FODSELSNUMMER_YET).isEnded();
    }

    @Test
    void a_d_number_holder_who_waits_two_months_in_vain_is_not_waited_for_longer() {
        givenDNumberHolder(ResidenceBasis.WORK);
        startAndLookUp();
        complete(taskAt(Element.APPLY_FOR_FODSELSNUMMER), withVariables(Variable.FODSELSNUMMER_APPLICATION_CHOICE, "apply"));
        completeAgencyTasks();

        var wait = timer(Element.NO_FODSELSNUMMER_YET);
        assertThat(wait.getDuedate()).isEqualTo(monthsFromNow(2));
        execute(wait);

        assertThatInstance().hasPassed(Element.NO_FODSELSNUMMER_YET).isEnded();
    }

    @Test
    void a_short_stay_needs_no_fodselsnummer_and_a_student_is_not_asked_about_membership() {
        givenDNumberHolder(ResidenceBasis.STUDY);
        startAndLookUp();

        assertThatInstance().hasPassed(Element.GATEWAY_MEMBERSHIP_HANDLED).hasNotPassed(Element.NOTIFY_NAV_MEMBERSHIP);
        complete(taskAt(Element.APPLY_FOR_FODSELSNUMMER), withVariables(Variable.FODSELSNUMMER_APPLICATION_CHOICE, "short-stay"));
        complete(taskAt(Element.ISSUE_TAX_CARD), withVariables(Variable.TAX_CARD_OUTCOME, "issued"));

        assertThatInstance().hasPassed(Element.GATEWAY_STAYING_SIX_MONTHS).hasNotPassed(Element.SEND_MOVE_NOTIFICATION).isEnded();
    }

    @Test
    void a_fodselsnummer_given_while_the_question_is_open_closes_it() {
        givenDNumberHolder(ResidenceBasis.EU_EEA);
        startAndLookUp();

        runtimeService().createMessageCorrelation(Message.FODSELSNUMMER_ASSIGNED).processInstanceBusinessKey(CASE_REF).correlate();

        assertThatInstance().hasPassed(Element.FODSELSNUMMER_ASSIGNED_MEANWHILE).isNotWaitingAt(Element.APPLY_FOR_FODSELSNUMMER);
        completeAgencyTasks();
        assertThatInstance().isEnded();
    }

    @Test
    void after_thirty_days_the_question_closes_because_a_new_id_check_is_needed() {
        givenDNumberHolder(ResidenceBasis.WORK);
        startAndLookUp();

        var period = timer(Element.APPLICATION_PERIOD_PASSED);
        assertThat(period.getDuedate()).isEqualTo(daysFromNow(30));
        execute(period);
        completeAgencyTasks();

        assertThatInstance().hasPassed(Element.APPLICATION_PERIOD_PASSED).hasNotPassed(Element.SEND_MOVE_NOTIFICATION).isEnded();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The register does not know the person

    @Test
    void a_person_not_found_in_folkeregisteret_is_checked_by_skatteetaten() {
        Mocks.register(Delegate.LOOK_UP_NEWCOMER, (JavaDelegate) execution -> {
            throw new BpmnError(NewInNorway.Error.PERSON_NOT_FOUND, "not found");
        });
        startAndLookUp();

        var check = taskAt(Element.CHECK_IMMIGRATION_REGISTRATION);
        assertThat(candidateGroups(check)).containsExactly(Agency.SKATTEETATEN);
        assertDueInDays(check, 7);
        assertForm(check, Form.IMMIGRATION_REGISTRATION_CHECK);
        complete(check, withVariables(Variable.REGISTRATION_CHECK_OUTCOME, "corrected"));

        assertThatInstance().hasPassed(Element.PERSON_NOT_FOUND, Element.END_IMMIGRATION_REGISTRATION_CHECKED)
                .hasNotPassed(Element.FIND_RESIDENCE_BASIS).isEnded();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deadlines of agency tasks (ADR 0025)

    @ParameterizedTest
    @CsvSource({
            "Task_CheckImmigrationRegistration, 7, CheckImmigrationRegistration, skatteetaten",
            "Task_IssueTaxCard, 14, IssueTaxCard, skatteetaten",
            "Task_AssessMembership, 31, AssessMembership, nav",
            "Task_OfferIntroductionProgramme, 92, OfferIntroductionProgramme, kommune-0301"})
    void an_agency_task_is_reminded_two_days_before_its_due_date_and_escalated_at_it(String taskId, int days, String name,
            String agency) {
        instance = runtimeService().createProcessInstanceByKey(NewInNorway.PROCESS_ID).businessKey(CASE_REF)
                .startBeforeActivity(taskId)
                .setVariable(Variable.CASE_REF, CASE_REF)
                .setVariable(Variable.TAX_AGENCY, Agency.SKATTEETATEN)
                .setVariable(Variable.NAV_AGENCY, Agency.NAV)
                .setVariable(Variable.MUNICIPALITY_AGENCY, "kommune-0301")
                .execute();
        var task = taskAt(taskId);
        assertThat(candidateGroups(task)).containsExactly(agency);
        assertThat(task.getDueDate()).isEqualTo(daysFromNow(days));
        assertRemindedThenEscalated(instance, task, name, deadlineActions);
    }

    @Test
    void the_citizens_tasks_have_no_deadline_timers_of_an_agency() {
        var model = Bpmn.readModelFromStream(NewInNorwayProcessTest.class.getResourceAsStream("/no/lifecase/lifeevent/newinnorway/new-in-norway.bpmn"));
        var chased = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class).stream()
                .filter(DeadlinePath::isDeadlineTimer).map(timer -> timer.getAttachedTo().getId()).collect(Collectors.toSet());
        assertThat(chased).containsExactlyInAnyOrder(Element.CHECK_IMMIGRATION_REGISTRATION, Element.ISSUE_TAX_CARD,
                Element.ASSESS_MEMBERSHIP, Element.OFFER_INTRODUCTION_PROGRAMME);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The model itself

    @Test
    void the_constants_name_every_flow_node_of_the_model_and_nothing_else() {
        var model = ModelNames.model(NewInNorway.PROCESS_ID);
        assertThat(ModelNames.constants(Element.class)).isEqualTo(ModelNames.flowNodeIds(model));
        assertThat(model.getModelElementById("Message_FodselsnummerAssigned").getAttributeValue("name"))
                .isEqualTo(Message.FODSELSNUMMER_ASSIGNED);
        assertThat(model.getModelElementById("Error_PersonNotFound").getAttributeValue("errorCode"))
                .isEqualTo(NewInNorway.Error.PERSON_NOT_FOUND);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What {@code lookUpNewcomer} answers: by default a resident aged 30 with a new fødselsnummer, living in Oslo. */
    private static void givenNewcomer(UnaryOperator<Map<String, Object>> change) {
        var newcomer = new LinkedHashMap<String, Object>();
        newcomer.put(Variable.IDENTITY_ROUTE, IdentityRoute.FODSELSNUMMER);
        newcomer.put(Variable.SUBJECT_HAS_D_NUMBER, false);
        newcomer.put(Variable.RESIDENT, true);
        newcomer.put(Variable.AGE, 30);
        newcomer.put(Variable.FROM_COUNTRY, "SYR");
        newcomer.put(Variable.ADDRESS_PROTECTED, false);
        newcomer.put(Variable.RESIDENCE_MUNICIPALITY, "0301");
        var answer = change.apply(newcomer);
        Mocks.register(Delegate.LOOK_UP_NEWCOMER, (JavaDelegate) execution -> execution.setVariables(answer));
    }

    private void givenDNumberHolder(String basis) {
        subject = D_NUMBER;
        givenNewcomer(newcomer -> {
            newcomer.put(Variable.IDENTITY_ROUTE, IdentityRoute.D_NUMBER);
            newcomer.put(Variable.SUBJECT_HAS_D_NUMBER, true);
            newcomer.put(Variable.RESIDENT, false);
            newcomer.put(Variable.FROM_COUNTRY, "POL");
            newcomer.remove(Variable.RESIDENCE_MUNICIPALITY);
            return newcomer;
        });
        givenResidenceBasis(basis);
    }

    private static void givenResidenceBasis(String basis) {
        Mocks.register(Delegate.FIND_RESIDENCE_BASIS, (JavaDelegate) execution -> execution.setVariable(Variable.RESIDENCE_BASIS, basis));
    }

    private void startAndLookUp() {
        instance = runtimeService().startProcessInstanceByKey(NewInNorway.PROCESS_ID, CASE_REF,
                Map.of(Variable.CASE_REF, CASE_REF, Variable.SUBJECT, subject));
        assertThatInstance().isWaitingAt(Element.LOOK_UP_NEWCOMER);
        executeJob(Element.LOOK_UP_NEWCOMER);
        if (jobAt(Element.FIND_RESIDENCE_BASIS) != null) {
            executeJob(Element.FIND_RESIDENCE_BASIS);
            executeJob(Element.SEND_WELCOME_LETTER);
        }
    }

    /** Completes the agency tasks that are open, as the agencies would. */
    private void completeAgencyTasks() {
        for (var open : taskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
            switch (open.getTaskDefinitionKey()) {
                case Element.ISSUE_TAX_CARD -> complete(open, withVariables(Variable.TAX_CARD_OUTCOME, "issued"));
                case Element.ASSESS_MEMBERSHIP -> complete(open, withVariables(Variable.MEMBERSHIP_DECISION, "member-work"));
                case Element.OFFER_INTRODUCTION_PROGRAMME ->
                        complete(open, withVariables(Variable.INTRODUCTION_PROGRAMME_OUTCOME, "start-agreed"));
                default -> { }
            }
        }
    }

    private ProcessInstanceAssert assertThatInstance() {
        return BpmnAwareTests.assertThat(instance);
    }

    private Job jobAt(String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private void executeJob(String activityId) {
        var job = jobAt(activityId);
        assertThat(job).as("job at %s", activityId).isNotNull();
        execute(job);
    }

    private Job timer(String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    }

    private Task taskAt(String activityId) {
        return task(activityId, instance);
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private static Date daysFromNow(int days) {
        return Date.from(ZonedDateTime.ofInstant(NOW, ZoneId.systemDefault()).plusDays(days).toInstant());
    }

    private static Date monthsFromNow(int months) {
        return Date.from(ZonedDateTime.ofInstant(NOW, ZoneId.systemDefault()).plusMonths(months).toInstant());
    }

    private static void assertDueInDays(Task task, int days) {
        BpmnAwareTests.assertThat(task).hasDueDate(daysFromNow(days));
    }

}
