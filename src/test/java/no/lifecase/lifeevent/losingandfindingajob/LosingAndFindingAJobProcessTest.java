package no.lifecase.lifeevent.losingandfindingajob;

import static no.lifecase.testsupport.ProcessTests.assertForm;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.lifeevent.ModelNames;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Agency;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Delegate;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Element;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Form;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Message;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Notice;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Reason;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.RulesReason;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of {@code losing-and-finding-a-job.bpmn}, with the delegates mocked and notify-agency replaced by its
 * stand-in. Fails if a flow node is left unpassed by the tests as a whole.
 */
@Deployment(resources = {
        "no/lifecase/lifeevent/losingandfindingajob/losing-and-finding-a-job.bpmn",
        "no/lifecase/lifeevent/losingandfindingajob/decisions/job-agency-routing.dmn",
        "no/lifecase/lifeevent/losingandfindingajob/decisions/unemployment-benefit.dmn",
        "stubs/notify-agency-stub.bpmn20.xml",
        "no/lifecase/lifeevent/losingandfindingajob/forms/losing-a-job-start.form",
        "no/lifecase/lifeevent/losingandfindingajob/forms/assess-unemployment-benefit.form",
        "no/lifecase/lifeevent/losingandfindingajob/forms/answer-advance-notice.form",
        "no/lifecase/lifeevent/losingandfindingajob/forms/employment-report.form"})
class LosingAndFindingAJobProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();


    /** After the engine extension, so that it reads the history before the deployment goes. */
    @RegisterExtension
    static FlowNodeCoverage coverage = new FlowNodeCoverage(LosingAndFindingAJob.PROCESS_ID);

    private static final String CASE_REF = "LE-2026-000077";
    private static final String CITIZEN = "15839049843";
    private static final String EMPLOYER = "974760673";
    private static final long G = 130_160;
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private ProcessInstance instance;
    private final List<String> deadlineActions = new ArrayList<>();
    private final List<String> advanceNoticesSent = new ArrayList<>();
    private final List<String> decisionLettersSent = new ArrayList<>();

    @BeforeEach
    void fixTheClockAndMockTheDelegates() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        givenRegisters(false, true, 480_000, 1_400_000);
        recordDeadlineActions(deadlineActions);
        Mocks.register(Delegate.SEND_ADVANCE_NOTICE, (JavaDelegate) execution -> advanceNoticesSent.add(execution.getProcessBusinessKey()));
        Mocks.register(Delegate.SEND_BENEFIT_DECISION, (JavaDelegate) execution -> decisionLettersSent.add(execution.getProcessBusinessKey()));
    }

    @AfterEach
    void resetTheClockAndTheMocks() {
        ClockUtil.reset();
        Mocks.reset();
    }


    // ---------------------------------------------------------------------------------------------------------
    // Unemployment benefit

    @Test
    void a_dismissed_job_seeker_with_enough_income_is_registered_granted_benefit_and_asked_for_reports_until_a_new_job() {
        startAndReadRegisters(Reason.DISMISSED);
        sendTheDecisionLetter();

        assertThatInstance().hasPassed(Element.LOOK_UP_PERSON, Element.FIND_NAV_OFFICE, Element.REGISTER_AS_JOB_SEEKER,
                        Element.READ_EMPLOYMENT, Element.READ_INCOME, Element.CHECK_BENEFIT_RULES,
                        Element.SEND_BENEFIT_APPLICATION, Element.GATEWAY_BENEFIT_AUTOMATIC, Element.GATEWAY_BENEFIT_DECIDED,
                        Element.SEND_BENEFIT_DECISION)
                .hasNotPassed(Element.ASSESS_UNEMPLOYMENT_BENEFIT, Element.SEND_ADVANCE_NOTICE)
                .isWaitingAt(Element.REPORT_PERIOD_ENDED)
                .variables().containsEntry(Variable.BENEFIT_RULES_OUTCOME, "granted").containsEntry(Variable.BENEFIT_GRANTED, true)
                .containsEntry(Variable.NAV_AGENCY, Agency.NAV);
        assertThat(noticesSent()).extracting(notice -> notice.get("notice"))
                .containsExactlyInAnyOrder(Notice.JOB_SEEKER_REGISTRATION, Notice.UNEMPLOYMENT_BENEFIT_APPLICATION);
        assertThat(noticesSent()).allSatisfy(notice -> assertThat(notice)
                .containsEntry("agency", Agency.NAV).containsEntry("caseRef", CASE_REF).containsEntry("businessKey", CASE_REF));

        sendReport();
        sendReport();
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.SEND_EMPLOYMENT_REPORT).finished().count()).as("a report every 14 days").isEqualTo(2);

        newEmploymentReported();

        assertThatInstance().isEnded().hasPassed(Element.NEW_EMPLOYMENT_REPORTED, Element.GATEWAY_BENEFIT_TO_STOP,
                        Element.STOP_UNEMPLOYMENT_BENEFIT, Element.GATEWAY_NAV_TOLD, Element.END_NEW_JOB)
                .hasNotPassed(Element.TELL_NAV_OF_NEW_JOB, Element.REMOVE_FROM_REGISTER);
        assertThat(noticesSent()).extracting(notice -> notice.get("notice")).containsExactlyInAnyOrder(
                Notice.JOB_SEEKER_REGISTRATION, Notice.UNEMPLOYMENT_BENEFIT_APPLICATION, Notice.UNEMPLOYMENT_BENEFIT_STOP);
    }

    @ParameterizedTest(name = "{0}, {1} in 12 months, {2} in 36 months, employment found: {3} -> {4}")
    @CsvSource({
            "laid-off, 480000, 1400000, true, lay-off-notice",
            "quit, 480000, 1400000, true, reason-for-leaving",
            "summarily-dismissed, 480000, 1400000, true, reason-for-leaving",
            "bankrupt, 480000, 1400000, false, employment-not-confirmed"})
    void what_the_rules_cannot_decide_goes_to_a_nav_caseworker_with_the_recommendation(String reason, long income12, long income36,
                                                                                      boolean employmentFound, String rulesReason) {
        givenRegisters(false, employmentFound, income12, income36);
        startAndReadRegisters(reason);

        assertThatInstance().isWaitingAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT).hasNotPassed(Element.SEND_ADVANCE_NOTICE)
                .variables().containsEntry(Variable.BENEFIT_RULES_REASON, rulesReason).containsEntry(Variable.GRUNNBELOP, G);
        var assessment = taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT);
        BpmnAwareTests.assertThat(assessment).hasCandidateGroup(Agency.NAV).isNotAssigned().hasDueDate(daysFromNow(28));
        assertForm(assessment, Form.ASSESS_UNEMPLOYMENT_BENEFIT);

        complete(assessment, withVariables(Variable.DECISION_OUTCOME, "granted", Variable.DECISION_REASONS, "Checked"));
        sendTheDecisionLetter();

        assertThatInstance().hasPassed(Element.GATEWAY_BENEFIT_DECIDED).isWaitingAt(Element.REPORT_PERIOD_ENDED)
                .variables().containsEntry(Variable.BENEFIT_GRANTED, true);
    }

    @Test
    void too_little_income_gives_advance_notice_and_waits_14_days_for_the_answer_before_nav_decides() {
        givenRegisters(false, true, 100_000, 300_000);
        startAndReadRegisters(Reason.DISMISSED);

        assertThatInstance().isWaitingAt(Element.SEND_ADVANCE_NOTICE).variables()
                .containsEntry(Variable.BENEFIT_RULES_OUTCOME, "refused").containsEntry(Variable.BENEFIT_RULES_REASON, RulesReason.INCOME_TOO_LOW);
        executeJob(instance, Element.SEND_ADVANCE_NOTICE);
        assertThat(advanceNoticesSent).containsExactly(CASE_REF);

        var answer = taskAt(Element.ANSWER_ADVANCE_NOTICE);
        BpmnAwareTests.assertThat(answer).isAssignedTo(CITIZEN).hasDueDate(daysFromNow(14));
        assertForm(answer, Form.ANSWER_ADVANCE_NOTICE);
        assertThat(timer(Element.ADVANCE_NOTICE_DEADLINE).getDuedate()).isEqualTo(daysFromNow(14));
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.ASSESS_UNEMPLOYMENT_BENEFIT)
                .count()).as("nothing decided before the answer").isZero();
        assertThatInstance().variables().doesNotContainKey(Variable.BENEFIT_GRANTED);

        complete(answer, withVariables(Variable.ADVANCE_NOTICE_ANSWER, "I had income abroad as well"));

        assertThatInstance().hasPassed(Element.GATEWAY_ADVANCE_NOTICE_CLOSED, Element.GATEWAY_TO_ASSESSMENT)
                .isWaitingAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT);
        BpmnAwareTests.assertThat(taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT)).hasCandidateGroup(Agency.NAV);
        complete(taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT),
                withVariables(Variable.DECISION_OUTCOME, "refused", Variable.DECISION_REASONS, "Below 1.5 G and 3 G"));
        assertThatInstance().variables().containsEntry(Variable.BENEFIT_GRANTED, false);
        sendTheDecisionLetter();
    }

    @Test
    void working_time_reduced_by_less_than_half_gives_advance_notice_and_nav_decides_when_no_answer_comes_in_14_days() {
        startAndReadRegisters(Reason.LAID_OFF, 40, 30);
        executeJob(instance, Element.SEND_ADVANCE_NOTICE);
        assertThatInstance().isWaitingAt(Element.ANSWER_ADVANCE_NOTICE).variables()
                .containsEntry(Variable.BENEFIT_RULES_REASON, RulesReason.WORKING_TIME_NOT_REDUCED);

        execute(timer(Element.ADVANCE_NOTICE_DEADLINE));

        assertThatInstance().hasPassed(Element.ADVANCE_NOTICE_DEADLINE).hasNotPassed(Element.GATEWAY_BENEFIT_DECIDED)
                .isWaitingAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.ANSWER_ADVANCE_NOTICE)
                .count()).as("the citizen's task is closed at the deadline").isZero();
    }

    @Test
    void a_refused_job_seeker_still_reports_and_nav_is_told_of_the_new_job_with_no_benefit_to_stop() {
        startAndReadRegisters(Reason.LAID_OFF);
        complete(taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT),
                withVariables(Variable.DECISION_OUTCOME, "refused", Variable.DECISION_REASONS, "No permitteringsvarsel"));
        assertThatInstance().variables().containsEntry(Variable.BENEFIT_GRANTED, false);
        sendTheDecisionLetter();
        sendReport();

        newEmploymentReported();

        assertThatInstance().isEnded().hasPassed(Element.TELL_NAV_OF_NEW_JOB, Element.END_NEW_JOB)
                .hasNotPassed(Element.STOP_UNEMPLOYMENT_BENEFIT);
        assertThat(noticesSent()).extracting(notice -> notice.get("notice")).contains(Notice.NEW_EMPLOYMENT)
                .doesNotContain(Notice.UNEMPLOYMENT_BENEFIT_STOP);
    }

    @Test
    void a_new_job_before_nav_has_decided_ends_the_case_and_withdraws_the_assessment() {
        startAndReadRegisters(Reason.LAID_OFF);
        assertThatInstance().isWaitingAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT);

        newEmploymentReported();

        assertThatInstance().isEnded().hasPassed(Element.TELL_NAV_OF_NEW_JOB);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Variable.NEW_EMPLOYER).singleResult().getValue()).isEqualTo("912345674");
    }

    @Test
    void the_assessment_is_reminded_two_days_before_its_due_date_and_escalated_to_the_supervisors_at_it() {
        startAndReadRegisters(Reason.LAID_OFF);
        var assessment = taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT);
        var near = timer(Element.ASSESSMENT_DEADLINE_NEAR);
        var passed = timer(Element.ASSESSMENT_DEADLINE_PASSED);
        assertThat(near.getDuedate()).isEqualTo(daysFromNow(26));
        assertThat(passed.getDuedate()).isEqualTo(assessment.getDueDate()).isEqualTo(daysFromNow(28));

        execute(near);
        assertThat(deadlineActions).containsExactly("remind " + Element.REMIND_ASSESSMENT);
        execute(passed);
        assertThat(deadlineActions).containsExactly("remind " + Element.REMIND_ASSESSMENT, "escalate " + Element.ESCALATE_ASSESSMENT);

        // Non-interrupting: the task stays open for Nav, now without timers, and the case goes on when it is decided.
        assertThatInstance().isWaitingAtExactly(Element.ASSESS_UNEMPLOYMENT_BENEFIT)
                .hasPassed(Element.END_ASSESSMENT_REMINDED, Element.END_ASSESSMENT_ESCALATED);
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
        complete(taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT),
                withVariables(Variable.DECISION_OUTCOME, "granted", Variable.DECISION_REASONS, "Permitteringsvarsel received"));
        sendTheDecisionLetter();
        assertThatInstance().isWaitingAt(Element.REPORT_PERIOD_ENDED);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Employment reports (meldekort)

    @Test
    void the_employment_report_is_asked_for_every_14_days_from_the_job_seeker_with_its_form() {
        startAndReadRegisters(Reason.DISMISSED);
        sendTheDecisionLetter();

        var period = timer(Element.REPORT_PERIOD_ENDED);
        assertThat(period.getDuedate()).isEqualTo(daysFromNow(14));
        ClockUtil.setCurrentTime(daysFromNow(14));
        execute(period);

        var report = taskAt(Element.SEND_EMPLOYMENT_REPORT);
        BpmnAwareTests.assertThat(report).isAssignedTo(CITIZEN).hasDueDate(daysFromNow(20));
        assertForm(report, Form.EMPLOYMENT_REPORT);
        assertThat(timer(Element.REPORT_MISSED).getDuedate()).as("21 days without a report").isEqualTo(daysFromNow(21));

        complete(report, withVariables("workedHours", 0L, "availableForWork", "yes"));
        assertThatInstance().hasPassed(Element.GATEWAY_NEXT_REPORT_PERIOD).isWaitingAt(Element.REPORT_PERIOD_ENDED);
        assertThat(timer(Element.REPORT_PERIOD_ENDED).getDuedate()).isEqualTo(daysFromNow(28));
    }

    @Test
    void more_than_20_days_without_a_report_removes_the_job_seeker_from_the_register() {
        startAndReadRegisters(Reason.DISMISSED);
        sendTheDecisionLetter();
        execute(timer(Element.REPORT_PERIOD_ENDED));
        assertThatInstance().isWaitingAt(Element.SEND_EMPLOYMENT_REPORT);

        execute(timer(Element.REPORT_MISSED));

        assertThatInstance().isEnded().hasPassed(Element.REPORT_MISSED, Element.REMOVE_FROM_REGISTER, Element.END_REMOVED_FROM_REGISTER)
                .hasNotPassed(Element.NEW_JOB);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(noticesSent()).extracting(notice -> notice.get("notice")).contains(Notice.JOB_SEEKER_DEREGISTRATION);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Routing

    @Test
    void a_protected_address_sends_every_task_and_notice_to_nav_vikafossen() {
        givenRegisters(true, true, 480_000, 1_400_000);
        startAndReadRegisters(Reason.LAID_OFF);

        var assessment = taskAt(Element.ASSESS_UNEMPLOYMENT_BENEFIT);
        BpmnAwareTests.assertThat(assessment).hasCandidateGroup(Agency.NAV_VIKAFOSSEN);
        assertThat(taskService().getIdentityLinksForTask(assessment.getId())).extracting(link -> link.getGroupId())
                .containsOnly(Agency.NAV_VIKAFOSSEN);
        assertThat(noticesSent()).isNotEmpty().allSatisfy(notice -> assertThat(notice).containsEntry("agency", Agency.NAV_VIKAFOSSEN));
        assertThat(evaluateRouting(null)).as("not known whether protected: protect").isEqualTo(Agency.NAV_VIKAFOSSEN);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The model's own rules

    @Test
    void the_portal_renders_the_start_form_of_the_model() {
        var model = ModelNames.model(LosingAndFindingAJob.PROCESS_ID);
        StartEvent start = model.getModelElementById(Element.START_JOB_LOST);
        assertThat(start.getCamundaFormRef()).as("the portal renders the start form").isEqualTo(Form.START);
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
    }

    @Test
    void the_constants_name_every_flow_node_of_the_model_and_nothing_else() {
        var model = ModelNames.model(LosingAndFindingAJob.PROCESS_ID);
        assertThat(ModelNames.constants(Element.class)).isEqualTo(ModelNames.flowNodeIds(model));
        assertThat(model.getModelElementById("Message_NewEmploymentReported").getAttributeValue("name"))
                .isEqualTo(Message.NEW_EMPLOYMENT_REPORTED);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What the register delegates answer. */
    private static void givenRegisters(boolean addressProtected, boolean employmentFound, long income12, long income36) {
        Mocks.register(Delegate.LOOK_UP_PERSON, (JavaDelegate) execution -> execution.setVariable(Variable.ADDRESS_PROTECTED, addressProtected));
        Mocks.register(Delegate.READ_EMPLOYMENT, (JavaDelegate) execution -> execution.setVariable(Variable.EMPLOYMENT_CONFIRMED, employmentFound));
        Mocks.register(Delegate.READ_INCOME, (JavaDelegate) execution -> {
            execution.setVariable(Variable.INCOME_LAST_12_MONTHS, income12);
            execution.setVariable(Variable.INCOME_LAST_36_MONTHS, income36);
            execution.setVariable(Variable.GRUNNBELOP, G);
        });
    }

    private void startAndReadRegisters(String reason) {
        startAndReadRegisters(reason, 37.5, 0);
    }

    private void startAndReadRegisters(String reason, double usualWeeklyHours, double newWeeklyHours) {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("caseRef", CASE_REF);
        variables.put("subject", CITIZEN);
        variables.put(Variable.LAST_WORKING_DAY, "2026-11-30");
        variables.put(Variable.REASON, reason);
        variables.put(Variable.EMPLOYER, EMPLOYER);
        variables.put(Variable.USUAL_WEEKLY_HOURS, usualWeeklyHours);
        variables.put(Variable.NEW_WEEKLY_HOURS, newWeeklyHours);
        if (Reason.LAID_OFF.equals(reason)) {
            variables.put(Variable.LAY_OFF_NOTICE_RECEIVED, "yes");
        }
        instance = runtimeService().startProcessInstanceByKey(LosingAndFindingAJob.PROCESS_ID, CASE_REF, variables);
        assertThatInstance().isWaitingAt(Element.LOOK_UP_PERSON);
        executeJob(instance, Element.LOOK_UP_PERSON);
        executeJob(instance, Element.READ_EMPLOYMENT);
        executeJob(instance, Element.READ_INCOME);
    }

    /** The decision letter waits as a job of its own (asyncBefore), after the automatic grant and the caseworker's decision alike. */
    private void sendTheDecisionLetter() {
        assertThatInstance().isWaitingAt(Element.SEND_BENEFIT_DECISION);
        executeJob(instance, Element.SEND_BENEFIT_DECISION);
        assertThat(decisionLettersSent).containsExactly(CASE_REF);
    }

    /** One 14-day period ends and the job seeker sends the report. */
    private void sendReport() {
        execute(timer(Element.REPORT_PERIOD_ENDED));
        complete(taskAt(Element.SEND_EMPLOYMENT_REPORT), withVariables("workedHours", 0L, "availableForWork", "yes"));
    }

    private void newEmploymentReported() {
        runtimeService().createMessageCorrelation(Message.NEW_EMPLOYMENT_REPORTED).processInstanceBusinessKey(CASE_REF)
                .setVariable(Variable.NEW_EMPLOYER, "912345674").correlate();
    }

    private ProcessInstanceAssert assertThatInstance() {
        return BpmnAwareTests.assertThat(instance);
    }

    private Job timer(String activityId) {
        var timer = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
        assertThat(timer).as("timer at %s", activityId).isNotNull();
        return timer;
    }

    private Task taskAt(String activityId) {
        return task(activityId, instance);
    }

    private static Date daysFromNow(int days) {
        return Date.from(ZonedDateTime.ofInstant(NOW, ZoneId.systemDefault()).plusDays(days).toInstant());
    }

    /** The notices this case sent through notify-agency, as agency, notice, caseRef and business key. */
    private List<Map<String, Object>> noticesSent() {
        return historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .list().stream()
                .map(called -> {
                    Map<String, Object> notice = historyService().createHistoricVariableInstanceQuery()
                            .processInstanceId(called.getId()).variableNameIn("agency", "notice", "caseRef").list().stream()
                            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
                    notice.put("businessKey", called.getBusinessKey());
                    return notice;
                })
                .toList();
    }

    private static String evaluateRouting(Boolean addressProtected) {
        var variables = new HashMap<String, Object>();
        variables.put(Variable.ADDRESS_PROTECTED, addressProtected);
        return BpmnAwareTests.decisionService().evaluateDecisionTableByKey(LosingAndFindingAJob.Decision.AGENCY_ROUTING, variables)
                .getSingleEntry();
    }
}
