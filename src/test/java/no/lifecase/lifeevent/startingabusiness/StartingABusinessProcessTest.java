package no.lifecase.lifeevent.startingabusiness;

import static no.lifecase.testsupport.ProcessTests.assertForm;
import static no.lifecase.testsupport.ProcessTests.assertRemindedThenEscalated;
import static no.lifecase.testsupport.ProcessTests.executeJob;
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
import no.lifecase.lifeevent.ModelNames;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.Delegate;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.Element;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.Form;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.MissingRole;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.Notice;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.Variable;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness.VatRoute;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of {@code starting-a-business.bpmn}, with the delegates mocked and notify-agency replaced by its
 * stand-in. Checks at the end that the tests together passed every flow node.
 */
@Deployment(resources = {
        "no/lifecase/lifeevent/startingabusiness/starting-a-business.bpmn",
        "no/lifecase/lifeevent/startingabusiness/decisions/business-agency-routing.dmn",
        "no/lifecase/lifeevent/startingabusiness/decisions/business-roles.dmn",
        "no/lifecase/lifeevent/startingabusiness/decisions/vat-registration.dmn",
        "stubs/notify-agency-stub.bpmn20.xml",
        "no/lifecase/lifeevent/forms/organisation-registration-check.form",
        "no/lifecase/lifeevent/startingabusiness/forms/business-role-follow-up.form",
        "no/lifecase/lifeevent/startingabusiness/forms/expected-turnover.form",
        "no/lifecase/lifeevent/startingabusiness/forms/business-advice.form"})
class StartingABusinessProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();


    /** After the engine extension, so that it reads the history before the deployment goes. */
    @RegisterExtension
    static FlowNodeCoverage coverage = new FlowNodeCoverage(StartingABusiness.PROCESS_ID);

    private static final String CASE_REF = "LE-2026-000077";
    private static final String FOUNDER = "13857548595";
    private static final String ORGANISATION = "310000019";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private ProcessInstance instance;
    private final List<String> deadlineActions = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();

    @BeforeEach
    void fixTheClockAndMockTheDelegates() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        recordDeadlineActions(deadlineActions);
        givenBusiness(business -> business);
        for (var letter : List.of(Delegate.SEND_MISSING_ROLE_LETTER, Delegate.SEND_START_GUIDANCE,
                Delegate.SEND_VAT_REGISTRATION_LETTER, Delegate.SEND_VAT_THRESHOLD_LETTER)) {
            Mocks.register(letter, (JavaDelegate) execution -> letters.add(letter));
        }
    }

    @AfterEach
    void resetTheClockAndTheMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }


    // ---------------------------------------------------------------------------------------------------------
    // The usual case: an AS with its roles, already VAT-registered, no employees

    @Test
    void a_complete_limited_company_gets_guidance_and_advice_from_its_municipality_and_nothing_else() {
        startAndLookUp();

        assertThatInstance().hasPassed(Element.FIND_AGENCIES, Element.CHECK_ROLES, Element.GATEWAY_ROLES_HANDLED,
                        Element.DECIDE_VAT, Element.GATEWAY_VAT_HANDLED, Element.GATEWAY_EMPLOYEES_HANDLED)
                .hasNotPassed(Element.FOLLOW_UP_MISSING_ROLE, Element.NOTIFY_NAV_OF_EMPLOYER, Element.ASK_EXPECTED_TURNOVER)
                .isWaitingAt(Element.SEND_START_GUIDANCE)
                .variables().containsEntry(Variable.MISSING_ROLE, MissingRole.NONE)
                .containsEntry(Variable.VAT_ROUTE, VatRoute.ALREADY_REGISTERED)
                .containsEntry(Variable.ADVICE_AGENCY, "kommune-0301")
                .containsEntry(Variable.ROLE_FOLLOW_UP_AGENCY, "brreg");
        executeJob(instance, Element.SEND_START_GUIDANCE);

        var advice = taskAt(Element.OFFER_BUSINESS_ADVICE);
        BpmnAwareTests.assertThat(advice).hasCandidateGroup("kommune-0301");
        assertDueInDays(advice, 14);
        assertForm(advice, Form.BUSINESS_ADVICE);
        complete(advice, withVariables(Variable.ADVICE_OUTCOME, "given"));

        assertThatInstance().isEnded().hasPassed(Element.END_BUSINESS_GUIDED);
        assertThat(letters).containsExactly(Delegate.SEND_START_GUIDANCE);
        assertThat(noticesSent(instance)).isEmpty();
    }

    @Test
    void a_business_without_a_municipality_gets_the_start_up_guidance_of_skatteetaten() {
        givenBusiness(business -> {
            business.remove(Variable.BUSINESS_MUNICIPALITY);
            return business;
        });
        startAndLookUp();
        executeJob(instance, Element.SEND_START_GUIDANCE);

        BpmnAwareTests.assertThat(taskAt(Element.OFFER_BUSINESS_ADVICE)).hasCandidateGroup("skatteetaten");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Roles

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "AS,  hasGeneralManager, general-manager",
            "AS,  hasBoard,          board",
            "ENK, hasOwner,          owner",
            "NUF, hasContactPerson,  contact-person"})
    void a_missing_role_goes_to_brreg_which_asks_the_founder_to_register_it(String form, String role, String missing) {
        givenBusiness(business -> {
            business.put(Variable.ORGANISATION_FORM, form);
            business.put(role, false);
            return business;
        });
        startAndLookUp();

        assertThatInstance().variables().containsEntry(Variable.MISSING_ROLE, missing);
        var followUp = taskAt(Element.FOLLOW_UP_MISSING_ROLE);
        BpmnAwareTests.assertThat(followUp).hasCandidateGroup("brreg");
        assertDueInDays(followUp, 14);
        assertForm(followUp, Form.ROLE_FOLLOW_UP);
        assertThatInstance().hasNotPassed(Element.GATEWAY_SERVICES_FORK);

        complete(followUp, withVariables(Variable.ROLE_FOLLOW_UP_OUTCOME, "ask-founder"));
        executeJob(instance, Element.SEND_MISSING_ROLE_LETTER);
        assertThatInstance().hasPassed(Element.SEND_MISSING_ROLE_LETTER, Element.GATEWAY_SERVICES_FORK);
        assertThat(letters).contains(Delegate.SEND_MISSING_ROLE_LETTER);
    }

    @Test
    void a_small_company_that_chose_no_general_manager_gets_no_letter() {
        givenBusiness(business -> {
            business.put(Variable.HAS_GENERAL_MANAGER, false);
            return business;
        });
        startAndLookUp();

        complete(taskAt(Element.FOLLOW_UP_MISSING_ROLE), withVariables(Variable.ROLE_FOLLOW_UP_OUTCOME, "not-required"));

        assertThatInstance().hasPassed(Element.GATEWAY_ASK_FOUNDER, Element.GATEWAY_SERVICES_FORK)
                .hasNotPassed(Element.SEND_MISSING_ROLE_LETTER);
        assertThat(letters).doesNotContain(Delegate.SEND_MISSING_ROLE_LETTER);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Employees

    @Test
    void a_business_with_employees_is_announced_to_nav_as_a_new_employer() {
        givenBusiness(business -> {
            business.put(Variable.HAS_EMPLOYEES, true);
            return business;
        });
        startAndLookUp();

        assertThatInstance().hasPassed(Element.NOTIFY_NAV_OF_EMPLOYER)
                .variables().containsEntry(Variable.EMPLOYER_NOTICE_RECEIPT, true);
        assertThat(noticesSent(instance)).containsExactly(Map.of("agency", "nav", "notice", Notice.NEW_EMPLOYER,
                "caseRef", CASE_REF, "businessKey", CASE_REF));
    }

    // ---------------------------------------------------------------------------------------------------------
    // VAT

    @Test
    void the_founder_of_a_business_not_in_the_vat_register_is_asked_for_the_expected_turnover() {
        givenBusiness(business -> {
            business.put(Variable.VAT_REGISTERED, false);
            return business;
        });
        startAndLookUp();

        assertThatInstance().variables().containsEntry(Variable.VAT_ROUTE, VatRoute.ASK_FOUNDER);
        var ask = taskAt(Element.ASK_EXPECTED_TURNOVER);
        BpmnAwareTests.assertThat(ask).isAssignedTo(FOUNDER);
        assertDueInDays(ask, 21);
        assertForm(ask, Form.EXPECTED_TURNOVER);
        var timer = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Element.TURNOVER_NOT_ANSWERED).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(daysFromNow(30));
    }

    @Test
    void an_expected_turnover_above_fifty_thousand_means_registering_for_vat_and_skatteetaten_is_told() {
        givenBusiness(business -> {
            business.put(Variable.VAT_REGISTERED, false);
            return business;
        });
        startAndLookUp();

        complete(taskAt(Element.ASK_EXPECTED_TURNOVER), withVariables(Variable.EXPECTED_TURNOVER, 80_000L));
        assertThatInstance().variables().containsEntry(Variable.VAT_ROUTE, VatRoute.REGISTER);
        executeJob(instance, Element.SEND_VAT_REGISTRATION_LETTER);

        assertThatInstance().hasPassed(Element.GATEWAY_VAT_AGAIN, Element.NOTIFY_SKATTEETATEN_OF_VAT, Element.GATEWAY_VAT_HANDLED)
                .hasNotPassed(Element.SEND_VAT_THRESHOLD_LETTER);
        assertThat(letters).contains(Delegate.SEND_VAT_REGISTRATION_LETTER);
        assertThat(noticesSent(instance)).containsExactly(Map.of("agency", "skatteetaten", "notice", Notice.VAT_REGISTRATION_EXPECTED,
                "caseRef", CASE_REF, "businessKey", CASE_REF));
    }

    @ParameterizedTest(name = "NOK {0}")
    @CsvSource({"50000", "12000"})
    void an_expected_turnover_up_to_fifty_thousand_gets_the_threshold_letter(long turnover) {
        givenBusiness(business -> {
            business.put(Variable.VAT_REGISTERED, false);
            return business;
        });
        startAndLookUp();

        complete(taskAt(Element.ASK_EXPECTED_TURNOVER), withVariables(Variable.EXPECTED_TURNOVER, turnover));
        assertThatInstance().variables().containsEntry(Variable.VAT_ROUTE, VatRoute.NOT_REQUIRED);
        executeJob(instance, Element.SEND_VAT_THRESHOLD_LETTER);

        assertThatInstance().hasPassed(Element.GATEWAY_THRESHOLD_LETTER, Element.GATEWAY_VAT_HANDLED)
                .hasNotPassed(Element.NOTIFY_SKATTEETATEN_OF_VAT);
        assertThat(letters).contains(Delegate.SEND_VAT_THRESHOLD_LETTER).doesNotContain(Delegate.SEND_VAT_REGISTRATION_LETTER);
    }

    @Test
    void a_founder_who_does_not_answer_in_thirty_days_gets_the_threshold_letter() {
        givenBusiness(business -> {
            business.put(Variable.VAT_REGISTERED, false);
            return business;
        });
        startAndLookUp();

        execute(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Element.TURNOVER_NOT_ANSWERED).timers().singleResult());
        executeJob(instance, Element.SEND_VAT_THRESHOLD_LETTER);

        assertThatInstance().hasPassed(Element.TURNOVER_NOT_ANSWERED, Element.SEND_VAT_THRESHOLD_LETTER)
                .hasNotPassed(Element.NOTIFY_SKATTEETATEN_OF_VAT);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.ASK_EXPECTED_TURNOVER).count()).isZero();
    }

    @Test
    void every_branch_ends_in_the_join_and_the_case_ends_when_all_are_done() {
        givenBusiness(business -> {
            business.put(Variable.VAT_REGISTERED, false);
            business.put(Variable.HAS_EMPLOYEES, true);
            return business;
        });
        startAndLookUp();
        executeJob(instance, Element.SEND_START_GUIDANCE);
        complete(taskAt(Element.OFFER_BUSINESS_ADVICE), withVariables(Variable.ADVICE_OUTCOME, "declined"));
        assertThatInstance().isNotEnded();

        complete(taskAt(Element.ASK_EXPECTED_TURNOVER), withVariables(Variable.EXPECTED_TURNOVER, 400_000L));
        executeJob(instance, Element.SEND_VAT_REGISTRATION_LETTER);

        assertThatInstance().isEnded().hasPassed(Element.GATEWAY_SERVICES_JOIN, Element.END_BUSINESS_GUIDED);
        assertThat(noticesSent(instance)).extracting(notice -> notice.get("agency") + " " + notice.get("notice"))
                .containsExactlyInAnyOrder("nav new-employer", "skatteetaten vat-registration-expected");
    }

    // ---------------------------------------------------------------------------------------------------------
    // A business the register does not show

    @Test
    void a_business_not_found_in_enhetsregisteret_is_checked_by_brreg() {
        Mocks.register(Delegate.LOOK_UP_ORGANISATION, (JavaDelegate) execution -> {
            throw new BpmnError(StartingABusiness.Error.ORGANISATION_NOT_FOUND, "not found");
        });
        start();
        executeJob(instance, Element.LOOK_UP_BUSINESS);

        var check = taskAt(Element.CHECK_REGISTRATION);
        BpmnAwareTests.assertThat(check).hasCandidateGroup("brreg");
        assertDueInDays(check, 7);
        assertForm(check, Form.REGISTRATION_CHECK);
        complete(check, withVariables(Variable.REGISTRATION_CHECK_OUTCOME, "deleted"));

        assertThatInstance().isEnded().hasPassed(Element.BUSINESS_NOT_FOUND, Element.END_REGISTRATION_CHECKED)
                .hasNotPassed(Element.FIND_AGENCIES);
        assertThat(letters).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deadlines of agency tasks (ADR 0025)

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Task_CheckRegistration, 7, CheckRegistration",
            "Task_FollowUpMissingRole, 14, FollowUpMissingRole",
            "Task_OfferBusinessAdvice, 14, OfferBusinessAdvice"})
    void an_agency_task_is_reminded_two_days_before_its_due_date_and_escalated_at_it(String taskId, int days, String name) {
        instance = runtimeService().createProcessInstanceByKey(StartingABusiness.PROCESS_ID).businessKey(CASE_REF)
                .startBeforeActivity(taskId)
                .setVariable(Variable.CASE_REF, CASE_REF)
                .setVariable(Variable.SUBJECT, FOUNDER)
                .setVariable(Variable.ROLE_FOLLOW_UP_AGENCY, "brreg")
                .setVariable(Variable.ADVICE_AGENCY, "kommune-0301")
                .setVariable(Variable.MISSING_ROLE, MissingRole.GENERAL_MANAGER)
                .execute();
        var task = taskAt(taskId);
        assertDueInDays(task, days);
        assertRemindedThenEscalated(instance, task, name, deadlineActions);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The model

    @Test
    void every_user_task_goes_to_an_agency_or_to_the_founder() {
        var model = ModelNames.model(StartingABusiness.PROCESS_ID);
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(userTask ->
                assertThat(userTask.getCamundaCandidateGroups() != null || userTask.getCamundaAssignee() != null)
                        .as(userTask.getId() + " goes to an agency or to the founder").isTrue());
    }

    @Test
    void the_constants_name_every_flow_node_of_the_model_and_nothing_else() {
        var model = ModelNames.model(StartingABusiness.PROCESS_ID);
        assertThat(ModelNames.constants(Element.class)).isEqualTo(ModelNames.flowNodeIds(model));
        assertThat(model.getModelElementById("Error_OrganisationNotFound").getAttributeValue("errorCode"))
                .isEqualTo(StartingABusiness.Error.ORGANISATION_NOT_FOUND);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What {@code lookUpOrganisation} answers: by default an AS in Oslo with its roles, VAT-registered, no employees. */
    private static void givenBusiness(UnaryOperator<Map<String, Object>> change) {
        var business = new LinkedHashMap<String, Object>();
        business.put(Variable.ORGANISATION_FORM, "AS");
        business.put(Variable.HAS_EMPLOYEES, false);
        business.put(Variable.VAT_REGISTERED, true);
        business.put(Variable.HAS_OWNER, false);
        business.put(Variable.HAS_BOARD, true);
        business.put(Variable.HAS_GENERAL_MANAGER, true);
        business.put(Variable.HAS_CONTACT_PERSON, true);
        business.put(Variable.BUSINESS_MUNICIPALITY, "0301");
        var answer = change.apply(business);
        // The real delegate also sets boardMembers (a JSON list); the model does not read it, and this engine has no
        // JSON serializer for it, so the mock leaves it out.
        Mocks.register(Delegate.LOOK_UP_ORGANISATION, (JavaDelegate) execution -> execution.setVariables(answer));
    }

    private void start() {
        instance = runtimeService().startProcessInstanceByKey(StartingABusiness.PROCESS_ID, CASE_REF,
                Map.of(Variable.CASE_REF, CASE_REF, Variable.SUBJECT, FOUNDER, Variable.ORGANISATION_NUMBER, ORGANISATION));
        assertThatInstance().isWaitingAt(Element.LOOK_UP_BUSINESS);
    }

    private void startAndLookUp() {
        start();
        executeJob(instance, Element.LOOK_UP_BUSINESS);
    }

    private ProcessInstanceAssert assertThatInstance() {
        return BpmnAwareTests.assertThat(instance);
    }

    private Task taskAt(String activityId) {
        return task(activityId, instance);
    }

    private static Date daysFromNow(int days) {
        return Date.from(ZonedDateTime.ofInstant(NOW, ZoneId.systemDefault()).plusDays(days).toInstant());
    }

    private static void assertDueInDays(Task task, int days) {
        BpmnAwareTests.assertThat(task).hasDueDate(daysFromNow(days));
    }

}
