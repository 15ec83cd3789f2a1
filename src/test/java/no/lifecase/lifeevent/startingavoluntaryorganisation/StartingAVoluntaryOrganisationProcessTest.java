package no.lifecase.lifeevent.startingavoluntaryorganisation;

import static no.lifecase.testsupport.ProcessTests.assertForm;
import static no.lifecase.testsupport.ProcessTests.assertRemindedThenEscalated;
import static no.lifecase.testsupport.ProcessTests.executeJob;
import static no.lifecase.testsupport.ProcessTests.recordDeadlineActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.lifeevent.ModelNames;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Agency;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Delegate;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Element;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Form;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Letter;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Notice;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.RegistrationAnswer;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation.Variable;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of {@code starting-a-voluntary-organisation.bpmn}, with the delegates mocked and notify-agency replaced
 * by its stand-in. Checks at the end that the tests together passed every flow node.
 */
@Deployment(resources = {
        "no/lifecase/lifeevent/startingavoluntaryorganisation/starting-a-voluntary-organisation.bpmn",
        "no/lifecase/lifeevent/startingavoluntaryorganisation/decisions/voluntary-schemes.dmn",
        "stubs/notify-agency-stub.bpmn20.xml",
        "no/lifecase/lifeevent/forms/organisation-registration-check.form",
        "no/lifecase/lifeevent/startingavoluntaryorganisation/forms/voluntary-registration-offer.form"})
class StartingAVoluntaryOrganisationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();


    /** After the engine extension, so that it reads the history before the deployment goes. */
    @RegisterExtension
    static FlowNodeCoverage coverage = new FlowNodeCoverage(StartingAVoluntaryOrganisation.PROCESS_ID);

    private static final String CASE_REF = "LE-2026-000078";
    private static final String CHAIR = "13857548595";
    private static final String MEMBER = "13858025456";
    private static final String ORGANISATION = "310000019";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private ProcessInstance instance;
    private final List<String> deadlineActions = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();

    @BeforeEach
    void fixTheClockAndMockTheDelegates() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        recordDeadlineActions(deadlineActions);
        // The real delegate stores the board as a JSON list; this engine has no JSON serializer, and the model reads
        // the board only as candidate users, which take a comma-separated list just as well.
        givenBoard(CHAIR + "," + MEMBER);
        givenFrivillighetsregisteret(true, false);
        Mocks.register(Delegate.SEND_REGISTRATION_GUIDANCE, (JavaDelegate) execution -> letters.add(Letter.REGISTRATION_GUIDANCE));
        Mocks.register(Delegate.SEND_SCHEME_OFFERS, (JavaDelegate) execution -> letters.add((String) execution.getVariable(Variable.SCHEME_LETTER)));
    }

    @AfterEach
    void resetTheClockAndTheMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }


    @Test
    void a_registered_organisation_hears_of_every_scheme_and_norsk_tipping_and_lotteritilsynet_are_told() {
        startAndCheck();

        assertThatInstance().hasPassed(Element.GATEWAY_IN_FRIVILLIGHETSREGISTERET, Element.DECIDE_SCHEMES)
                .hasNotPassed(Element.OFFER_REGISTRATION)
                .variables().containsEntry(Variable.SCHEME_LETTER, Letter.SCHEMES_REGISTERED)
                .containsEntry(Variable.GRASROTANDEL_AGENCY, Agency.NORSK_TIPPING)
                .containsEntry(Variable.VAT_COMPENSATION_AGENCY, Agency.LOTTERITILSYNET);
        executeJob(instance, Element.SEND_SCHEME_OFFERS);

        assertThatInstance().isEnded().hasPassed(Element.NOTIFY_NORSK_TIPPING, Element.NOTIFY_LOTTERITILSYNET,
                Element.GATEWAY_SCHEMES_JOIN, Element.END_SCHEMES_OFFERED);
        assertThat(letters).containsExactly(Letter.SCHEMES_REGISTERED);
        assertThat(noticesSent()).containsExactlyInAnyOrder(
                Map.of("agency", Agency.NORSK_TIPPING, "notice", Notice.GRASROTANDEL_ELIGIBLE, "caseRef", CASE_REF, "businessKey", CASE_REF),
                Map.of("agency", Agency.LOTTERITILSYNET, "notice", Notice.VAT_COMPENSATION_ELIGIBLE, "caseRef", CASE_REF, "businessKey", CASE_REF));
    }

    @Test
    void an_organisation_already_in_grasrotandelen_is_not_announced_to_norsk_tipping_again() {
        givenFrivillighetsregisteret(true, true);
        startAndCheck();
        executeJob(instance, Element.SEND_SCHEME_OFFERS);

        assertThatInstance().isEnded().hasPassed(Element.NOTIFY_LOTTERITILSYNET, Element.GATEWAY_NORSK_TIPPING_HANDLED)
                .hasNotPassed(Element.NOTIFY_NORSK_TIPPING);
        assertThat(letters).containsExactly(Letter.SCHEMES_TAKING_PART);
        assertThat(noticesSent()).extracting(notice -> notice.get("agency")).containsExactly(Agency.LOTTERITILSYNET);
    }

    @Test
    void an_unregistered_organisation_is_offered_registration_and_any_board_member_can_answer() {
        givenFrivillighetsregisteret(false, false);
        startAndCheck();

        var offer = taskAt(Element.OFFER_REGISTRATION);
        assertThat(taskService().getIdentityLinksForTask(offer.getId())).extracting(IdentityLink::getUserId)
                .containsExactlyInAnyOrder(CHAIR, MEMBER);
        assertThat(offer.getAssignee()).isNull();
        assertDueInDays(offer, 30);
        assertForm(offer, Form.REGISTRATION_OFFER);
        assertThat(taskService().createTaskQuery().taskCandidateUser(MEMBER).count()).isOne();
        var expiry = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Element.REGISTRATION_OFFER_EXPIRED).timers().singleResult();
        assertThat(expiry.getDuedate()).isEqualTo(daysFromNow(60));
    }

    @Test
    void a_board_that_will_register_is_told_how_and_hears_of_the_schemes_registration_opens() {
        givenFrivillighetsregisteret(false, false);
        startAndCheck();

        complete(taskAt(Element.OFFER_REGISTRATION), withVariables(Variable.REGISTRATION_ANSWER, RegistrationAnswer.WILL_REGISTER));
        executeJob(instance, Element.SEND_REGISTRATION_GUIDANCE);
        executeJob(instance, Element.SEND_SCHEME_OFFERS);

        assertThatInstance().isEnded().hasPassed(Element.GATEWAY_WANTS_TO_REGISTER, Element.SEND_REGISTRATION_GUIDANCE,
                        Element.GATEWAY_LOTTERITILSYNET_HANDLED)
                .hasNotPassed(Element.NOTIFY_NORSK_TIPPING, Element.NOTIFY_LOTTERITILSYNET);
        assertThat(letters).containsExactly(Letter.REGISTRATION_GUIDANCE, Letter.SCHEMES_AFTER_REGISTRATION);
        assertThat(noticesSent()).as("agencies hear of it once the register does").isEmpty();
    }

    @Test
    void a_board_that_will_not_register_hears_of_the_grants_open_to_everyone() {
        givenFrivillighetsregisteret(false, false);
        startAndCheck();

        complete(taskAt(Element.OFFER_REGISTRATION), withVariables(Variable.REGISTRATION_ANSWER, RegistrationAnswer.WILL_NOT_REGISTER));
        executeJob(instance, Element.SEND_SCHEME_OFFERS);

        assertThatInstance().isEnded().hasNotPassed(Element.SEND_REGISTRATION_GUIDANCE);
        assertThat(letters).containsExactly(Letter.SCHEMES_UNREGISTERED);
        assertThat(noticesSent()).isEmpty();
    }

    @Test
    void a_board_that_does_not_answer_in_sixty_days_hears_of_the_grants_open_to_everyone() {
        givenFrivillighetsregisteret(false, false);
        startAndCheck();

        execute(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Element.REGISTRATION_OFFER_EXPIRED).timers().singleResult());
        executeJob(instance, Element.SEND_SCHEME_OFFERS);

        assertThatInstance().isEnded().hasPassed(Element.REGISTRATION_OFFER_EXPIRED).hasNotPassed(Element.GATEWAY_WANTS_TO_REGISTER);
        assertThat(letters).containsExactly(Letter.SCHEMES_UNREGISTERED);
    }

    @Test
    void without_board_members_from_the_register_the_offer_goes_to_the_founder() {
        givenBoard("");
        givenFrivillighetsregisteret(false, false);
        startAndCheck();

        assertThat(taskService().getIdentityLinksForTask(taskAt(Element.OFFER_REGISTRATION).getId()))
                .extracting(IdentityLink::getUserId).containsExactly(CHAIR);
    }

    @Test
    void an_organisation_not_found_in_enhetsregisteret_is_checked_by_brreg() {
        Mocks.register(Delegate.LOOK_UP_ORGANISATION, (JavaDelegate) execution -> {
            throw new BpmnError(StartingAVoluntaryOrganisation.Error.ORGANISATION_NOT_FOUND, "not found");
        });
        start();
        executeJob(instance, Element.LOOK_UP_ORGANISATION);

        var check = taskAt(Element.CHECK_REGISTRATION);
        BpmnAwareTests.assertThat(check).hasCandidateGroup(Agency.BRREG);
        assertDueInDays(check, 7);
        assertForm(check, Form.REGISTRATION_CHECK);
        complete(check, withVariables(Variable.REGISTRATION_CHECK_OUTCOME, "corrected"));

        assertThatInstance().isEnded().hasPassed(Element.ORGANISATION_NOT_FOUND, Element.END_REGISTRATION_CHECKED)
                .hasNotPassed(Element.CHECK_FRIVILLIGHETSREGISTERET);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deadlines of agency tasks (ADR 0025)

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Task_CheckRegistration, 7, CheckRegistration"})
    void an_agency_task_is_reminded_two_days_before_its_due_date_and_escalated_at_it(String taskId, int days, String name) {
        instance = runtimeService().createProcessInstanceByKey(StartingAVoluntaryOrganisation.PROCESS_ID).businessKey(CASE_REF)
                .startBeforeActivity(taskId)
                .setVariable(Variable.CASE_REF, CASE_REF)
                .setVariable(Variable.SUBJECT, CHAIR)
                .setVariable(Variable.ORGANISATION_NUMBER, ORGANISATION)
                .execute();
        var task = taskAt(taskId);
        assertDueInDays(task, days);
        assertRemindedThenEscalated(instance, task, name, deadlineActions);
    }

    @Test
    void the_constants_name_every_flow_node_of_the_model_and_nothing_else() {
        var model = ModelNames.model(StartingAVoluntaryOrganisation.PROCESS_ID);
        assertThat(ModelNames.constants(Element.class)).isEqualTo(ModelNames.flowNodeIds(model));
        assertThat(model.getModelElementById("Error_OrganisationNotFound").getAttributeValue("errorCode"))
                .isEqualTo(StartingAVoluntaryOrganisation.Error.ORGANISATION_NOT_FOUND);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void givenBoard(String boardMembers) {
        Mocks.register(Delegate.LOOK_UP_ORGANISATION, (JavaDelegate) execution -> {
            execution.setVariable("organisationForm", "FLI");
            execution.setVariable(Variable.BOARD_MEMBERS, boardMembers);
        });
    }

    private static void givenFrivillighetsregisteret(boolean registered, boolean grasrotandel) {
        Mocks.register(Delegate.CHECK_FRIVILLIGHETSREGISTERET, (JavaDelegate) execution -> {
            execution.setVariable(Variable.REGISTERED_IN_FRIVILLIGHETSREGISTERET, registered);
            execution.setVariable(Variable.TAKES_PART_IN_GRASROTANDEL, grasrotandel);
        });
    }

    private void start() {
        instance = runtimeService().startProcessInstanceByKey(StartingAVoluntaryOrganisation.PROCESS_ID, CASE_REF,
                Map.of(Variable.CASE_REF, CASE_REF, Variable.SUBJECT, CHAIR, Variable.ORGANISATION_NUMBER, ORGANISATION));
        assertThatInstance().isWaitingAt(Element.LOOK_UP_ORGANISATION);
    }

    private void startAndCheck() {
        start();
        executeJob(instance, Element.LOOK_UP_ORGANISATION);
        executeJob(instance, Element.CHECK_FRIVILLIGHETSREGISTERET);
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

    private List<Map<String, Object>> noticesSent() {
        return historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).list().stream()
                .map(called -> {
                    Map<String, Object> notice = historyService().createHistoricVariableInstanceQuery()
                            .processInstanceId(called.getId()).variableNameIn("agency", "notice", "caseRef").list().stream()
                            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
                    notice.put("businessKey", called.getBusinessKey());
                    return notice;
                })
                .toList();
    }
}
