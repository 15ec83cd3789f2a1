package no.lifecase.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.caseworker.TaskDeadline;
import no.lifecase.casefile.CaseReference;
import no.lifecase.evidence.EvidencePreview.Element;
import no.lifecase.evidence.EvidencePreview.Value;
import no.lifecase.evidence.EvidencePreview.Variable;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of evidence-preview.bpmn (docs/adr/0063): each reader checks the facts in a branch of their own; a report
 * waits for the register owner's answer, with the deadline reminder and escalation; the preview ends only when every
 * reader and every report is answered, saying whether anything was corrected.
 */
@Deployment(resources = {"no/lifecase/evidence/evidence-preview.bpmn", "no/lifecase/evidence/forms/evidence-check.form",
        "no/lifecase/evidence/forms/evidence-report-answer.form"})
class EvidencePreviewProcessTest {

    private static final String CASE = "LE-2026-000042";
    private static final String WIDOW = validNumber(0);
    private static final String SON = validNumber(1);
    private static final String DAUGHTER = validNumber(2);

    @RegisterExtension
    @Order(1)
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @RegisterExtension
    @Order(2)
    static FlowNodeCoverage coverage = new FlowNodeCoverage(EvidencePreview.PROCESS_ID);

    /** What the listeners were told, in order, and the reports filed by reader: the owner answer sets "corrected". */
    private final List<String> recorded = new ArrayList<>();
    private final Map<String, Boolean> corrected = new HashMap<>();

    @BeforeEach
    void listeners() {
        EvidenceSubject estate = new EvidenceSubject() {
            @Override
            public String id() {
                return "estate-declaration";
            }

            @Override
            public List<EvidenceFact> factsFor(CaseReference caseRef, Fodselsnummer reader) {
                return List.of();
            }
        };
        Mocks.register("readEvidenceReaders", new ReadEvidenceReadersListener(new EvidenceSubjects(List.of(estate))));
        Mocks.register("recordEvidenceCheck", (TaskListener) task -> {
            recorded.add(task.getAssignee() + " " + task.getVariable(Variable.ANSWER));
            if (Value.WRONG.equals(task.getVariable(Variable.ANSWER))) {
                task.setVariable(Variable.OWNER, owner((String) task.getVariable(Variable.WRONG_REGISTER)));
                task.setVariable(Variable.REPORT_ID, "report-of-" + task.getAssignee());
            }
        });
        Mocks.register("evidenceReportTask", (TaskListener) this::reportTask);
        Mocks.register("concludeEvidence", (JavaDelegate) execution ->
                execution.setVariable(Variable.CORRECTED, corrected.containsValue(true)));
        Mocks.register("taskDeadline", new TaskDeadline());
        Mocks.register("remindAgency", (JavaDelegate) execution -> recorded.add("remind " + execution.getCurrentActivityId()));
        Mocks.register("escalateToSupervisors", (JavaDelegate) execution -> recorded.add("escalate " + execution.getCurrentActivityId()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void when_every_reader_confirms_the_preview_ends_with_nothing_corrected() {
        var instance = preview(List.of(WIDOW, SON));

        assertThat(readerTasks(instance)).extracting(Task::getAssignee).containsExactlyInAnyOrder(WIDOW, SON);
        answer(instance, WIDOW, Value.CONFIRMED, null, null);
        BpmnAwareTests.assertThat(instance).isNotEnded();
        answer(instance, SON, Value.CONFIRMED, null, null);

        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_EvidenceConfirmed", Element.CONCLUDE, Element.END)
                .hasNotPassed(Element.ANSWER_REPORT).isEnded().variables().containsEntry(Variable.CORRECTED, false);
    }

    @Test
    void a_report_keeps_the_preview_waiting_for_the_register_owner_while_the_other_reader_confirms() {
        var instance = preview(List.of(WIDOW, SON, DAUGHTER));

        answer(instance, SON, Value.WRONG, "kartverket", "Hytta ble solgt i fjor.");
        answer(instance, WIDOW, Value.CONFIRMED, null, null);
        answer(instance, DAUGHTER, Value.CONFIRMED, null, null);

        // The two who confirmed have nothing more to do; the son's branch waits for Kartverket, so nothing is concluded.
        var ownerTask = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.ANSWER_REPORT).singleResult();
        BpmnAwareTests.assertThat(ownerTask).hasCandidateGroup("kartverket");
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.ANSWER_REPORT).hasNotPassed(Element.CONCLUDE);
        assertThat(runtimeService().getVariable(ownerTask.getExecutionId(), Variable.REPORT_ID)).isEqualTo("report-of-" + SON);
        assertThat(runtimeService().getVariable(instance.getId(), Variable.ANSWER)).as("answers stay in each reader's branch").isNull();

        // The owner is reminded, then their supervisors, and the task stays open until they answer.
        execute(job("Timer_AnswerEvidenceReportDeadlineNear", instance));
        execute(job("Timer_AnswerEvidenceReportDeadlinePassed", instance));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.ANSWER_REPORT);
        complete(ownerTask, withVariables(Variable.REPORT_OUTCOME, Value.CORRECTED, Variable.REPORT_ANSWER, "Rettet i grunnboken."));

        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ReportAnswered", "EndEvent_AnswerEvidenceReportReminded",
                "EndEvent_AnswerEvidenceReportEscalated", Element.END).isEnded().variables().containsEntry(Variable.CORRECTED, true);
        assertThat(recorded).containsExactly(SON + " wrong", "create report-of-" + SON, WIDOW + " confirmed",
                DAUGHTER + " confirmed", "remind Task_RemindAnswerEvidenceReport", "escalate Task_EscalateAnswerEvidenceReport",
                "complete report-of-" + SON + " corrected");
    }

    @Test
    void a_reader_who_does_not_answer_in_14_days_does_not_hold_the_decision_up() {
        var instance = preview(List.of(WIDOW, SON));
        answer(instance, SON, Value.CONFIRMED, null, null);

        var timer = BpmnAwareTests.jobQuery().processInstanceId(instance.getId()).activityId(Element.CHECK_EVIDENCE_NOT_ANSWERED)
                .singleResult();
        assertThat(timer.getDuedate()).isAfterOrEqualTo(Date.from(Instant.now().plus(Duration.ofDays(14)).minus(Duration.ofMinutes(1))));
        BpmnAwareTests.execute(timer);

        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_EvidenceNotAnswered", Element.CONCLUDE, Element.END)
                .isEnded().variables().containsEntry(Variable.CORRECTED, false);
        assertThat(recorded).as("nothing was reported for the widow").containsExactly(SON + " " + Value.CONFIRMED);
    }

    @Test
    void a_report_the_owner_does_not_correct_ends_the_preview_with_nothing_corrected() {
        var instance = preview(List.of(WIDOW));

        answer(instance, WIDOW, Value.WRONG, "dsop", "Kontoen i Fjordbanken er min, ikke hans.");
        complete(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.ANSWER_REPORT).singleResult(),
                withVariables(Variable.REPORT_OUTCOME, Value.NOT_CORRECTED, Variable.REPORT_ANSWER, "Kontoen står i hans navn."));

        BpmnAwareTests.assertThat(instance).isEnded().variables().containsEntry(Variable.CORRECTED, false);
    }

    @Test
    void the_readers_may_come_as_numbers_separated_by_commas_and_twice_the_same_reader_is_asked_once() {
        var instance = runtimeService().startProcessInstanceByKey(EvidencePreview.PROCESS_ID, CASE,
                Map.of(Variable.CASE_REF, CASE, Variable.SUBJECT, "estate-declaration", Variable.READERS, WIDOW + ", " + WIDOW));

        assertThat(readerTasks(instance)).extracting(Task::getAssignee).containsExactly(WIDOW);
    }

    @Test
    void a_preview_without_readers_or_of_undeclared_evidence_does_not_start() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(EvidencePreview.PROCESS_ID, CASE,
                Map.of(Variable.CASE_REF, CASE, Variable.SUBJECT, "estate-declaration", Variable.READERS, "")))
                .hasMessageContaining("at least one reader");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(EvidencePreview.PROCESS_ID, CASE,
                Map.of(Variable.CASE_REF, CASE, Variable.SUBJECT, "tax-return", Variable.READERS, WIDOW)))
                .hasMessageContaining("tax-return");
    }

    private ProcessInstance preview(List<String> readers) {
        // A list, as a caller hands it over in the same transaction (transient: this engine serializes no Java objects).
        return runtimeService().startProcessInstanceByKey(EvidencePreview.PROCESS_ID, CASE,
                Map.of(Variable.CASE_REF, CASE, Variable.SUBJECT, "estate-declaration", Variable.READERS,
                        org.camunda.bpm.engine.variable.Variables.objectValue(new ArrayList<>(readers), true).create()));
    }

    private List<Task> readerTasks(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.CHECK_EVIDENCE).list();
    }

    private void answer(ProcessInstance instance, String reader, String answer, String register, String text) {
        var task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.CHECK_EVIDENCE).taskAssignee(reader)
                .singleResult();
        var values = new HashMap<String, Object>();
        values.put(Variable.ANSWER, answer);
        if (register != null) {
            values.put(Variable.WRONG_REGISTER, register);
            values.put(Variable.WRONG_TEXT, text);
        }
        complete(task, values);
    }

    private void reportTask(DelegateTask task) {
        var report = (String) task.getVariable(Variable.REPORT_ID);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            recorded.add("create " + report);
        } else {
            var outcome = (String) task.getVariable(Variable.REPORT_OUTCOME);
            corrected.put(report, Value.CORRECTED.equals(outcome));
            recorded.add("complete " + report + " " + outcome);
        }
    }

    private static String owner(String register) {
        return new RegisterOwners().of(register).orElseThrow();
    }

    /** A valid fødselsnummer of the synthetic kind (month + 80), distinct by index. */
    private static String validNumber(int index) {
        return java.util.stream.IntStream.range(0, 500)
                .mapToObj(individual -> Fodselsnummer.generate(java.time.LocalDate.of(1970 + index, 3, 8), individual, false, true))
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow().value();
    }
}
