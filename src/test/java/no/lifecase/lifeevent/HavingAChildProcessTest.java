package no.lifecase.lifeevent;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"having-a-child.bpmn", "assess-child-benefit.form"})
class HavingAChildProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void child_benefit_is_assessed_by_nav_after_the_identity_check() {
        Mocks.register("checkIdentityNumber", (JavaDelegate) execution -> execution.setVariable("subjectHasDNumber", false));

        var instance = runtimeService().startProcessInstanceByKey("having-a-child", "LE-2026-000001",
                Map.of("caseRef", "LE-2026-000001", "subject", "03851598730"));

        assertThat(instance).isWaitingAt("Task_CheckChildIdentity");
        execute(job());
        assertThat(instance).hasPassed("Task_CheckChildIdentity").isWaitingAt("Task_AssessChildBenefit")
                .variables().containsEntry("subjectHasDNumber", false);
        assertThat(task()).hasCandidateGroup("nav");
        var formRef = taskService().createTaskQuery().initializeFormKeys().singleResult().getCamundaFormRef();
        org.assertj.core.api.Assertions.assertThat(formRef.getKey()).isEqualTo("assess-child-benefit");
        org.assertj.core.api.Assertions.assertThat(formRef.getBinding()).isEqualTo("deployment");

        complete(task(), withVariables("childBenefitDecision", "granted"));
        assertThat(instance).hasPassed("EndEvent_ChildBenefitDecided").isEnded();
    }
}
