package no.lifecase.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of sign-and-send-declaration.bpmn, with the delegates standing in (docs/adr/0062). */
@Deployment(resources = "no/lifecase/signing/sign-and-send-declaration.bpmn")
class SignAndSendDeclarationProcessTest {

    @RegisterExtension
    @Order(1)
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @RegisterExtension
    @Order(2)
    static FlowNodeCoverage coverage = new FlowNodeCoverage(SigningVariables.PROCESS_KEY);

    private final List<String> calls = new ArrayList<>();
    /** What the signing service answers at each status check, in turn. */
    private final List<Boolean> signedAnswers = new ArrayList<>();

    @BeforeEach
    void delegates() {
        Mocks.register("prepareDeclarationSigning", (JavaDelegate) execution -> calls.add("prepare"));
        Mocks.register("checkDeclarationSigned", (JavaDelegate) execution -> {
            calls.add("check");
            execution.setVariable(SigningVariables.DECLARATION_SIGNED, signedAnswers.remove(0));
        });
        Mocks.register("verifySignedDeclaration", (JavaDelegate) execution -> calls.add("verify"));
        Mocks.register("sendDeclarationToCourt", (JavaDelegate) execution -> {
            calls.add("send");
            execution.setVariable(SigningVariables.COURT_AGENCY, "tingrett-TSRO");
            execution.setVariable(SigningVariables.COURT_CASE_NUMBER, "26-000001DFA-TSRO");
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void the_service_is_asked_again_until_every_heir_has_signed_and_then_the_court_gets_the_declaration() {
        signedAnswers.addAll(List.of(false, true));
        var instance = start();

        execute(BpmnAwareTests.job(instance));                                       // prepare
        execute(BpmnAwareTests.job(instance));                                       // first check: not yet
        BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_WaitForSigners");
        execute(BpmnAwareTests.job(instance));                                       // the timer
        execute(BpmnAwareTests.job(instance));                                       // second check: all signed
        execute(BpmnAwareTests.job(instance));                                       // verify
        execute(BpmnAwareTests.job(instance));                                       // send

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DeclarationSent")
                .variables().containsEntry(SigningVariables.COURT_AGENCY, "tingrett-TSRO")
                .containsEntry(SigningVariables.COURT_CASE_NUMBER, "26-000001DFA-TSRO");
        assertThat(calls).containsExactly("prepare", "check", "check", "verify", "send");
    }

    @Test
    void a_signature_that_does_not_hold_ends_without_a_declaration() {
        signedAnswers.add(true);
        Mocks.register("verifySignedDeclaration", (JavaDelegate) execution -> {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "A signature does not match the signed content");
        });
        var instance = runToEnd();

        BpmnAwareTests.assertThat(instance).hasPassed("Error_SignaturesRefused", "EndEvent_DeclarationNotSent")
                .hasNotPassed("Task_SendToCourt");
    }

    @Test
    void a_signature_job_the_service_gives_up_ends_without_a_declaration() {
        Mocks.register("checkDeclarationSigned", (JavaDelegate) execution -> {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "The signing service gave up the signature job");
        });
        var instance = runToEnd();

        BpmnAwareTests.assertThat(instance).hasPassed("Error_SigningGivenUp", "EndEvent_DeclarationNotSent")
                .hasNotPassed("Task_VerifySignatures");
    }

    @Test
    void a_court_that_refuses_the_declaration_ends_the_process_without_a_court_case() {
        signedAnswers.add(true);
        Mocks.register("sendDeclarationToCourt", (JavaDelegate) execution -> {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "The court refused the declaration: 422");
        });
        var instance = runToEnd();

        BpmnAwareTests.assertThat(instance).hasPassed("Error_CourtRefused", "EndEvent_DeclarationNotSent")
                .variables().doesNotContainKey(SigningVariables.COURT_CASE_NUMBER);
    }

    @Test
    void a_caller_catches_the_error_the_process_ends_with() {
        var caller = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("it-death-caller").camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("Call_SignAndSend").calledElement(SigningVariables.PROCESS_KEY)
                .boundaryEvent("Caught_NotSent").error(SigningVariables.ERROR_NOT_SENT).endEvent("EndEvent_HeirsTold")
                .moveToActivity("Call_SignAndSend").endEvent("EndEvent_Sent")
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("it-death-caller.bpmn", caller).deploy();
        Mocks.register("checkDeclarationSigned", (JavaDelegate) execution -> {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "The signing service gave up the signature job");
        });
        var instance = runtimeService().startProcessInstanceByKey("it-death-caller", "LE-2026-000001", Map.of(
                SigningVariables.CASE_REF, "LE-2026-000001"));
        for (var waiting = BpmnAwareTests.managementService().createJobQuery().list(); !waiting.isEmpty();
             waiting = BpmnAwareTests.managementService().createJobQuery().list()) {
            execute(waiting.get(0));
        }

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_HeirsTold");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(SigningVariables.PROCESS_KEY, "LE-2026-000001", Map.of(
                SigningVariables.CASE_REF, "LE-2026-000001",
                SigningVariables.DECEASED_ID, "15839049843",
                SigningVariables.DECLARATION_CHOICE, "private-settlement",
                SigningVariables.SIGNERS, List.of("10812599718", "02918849923"),
                SigningVariables.DEBT_TAKERS, List.of("10812599718")));
    }

    private ProcessInstance runToEnd() {
        var instance = start();
        while (!BpmnAwareTests.processInstanceQuery().processInstanceId(instance.getId()).list().isEmpty()) {
            execute(BpmnAwareTests.job(instance));
        }
        return instance;
    }
}
