package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaseTasksTest {

    private static final String CITIZEN = "03851598730";
    private static final String SOMEONE_ELSE = "11111111111";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @Test
    void the_tasks_waiting_for_a_citizen_are_those_the_engine_query_finds() {
        ProcessEngine processEngine = engine.getProcessEngine();
        var model = Bpmn.createExecutableProcess("tasks").startEvent().parallelGateway("split")
                .userTask("assigned").name("Assigned to the citizen").camundaAssignee(CITIZEN).endEvent()
                .moveToNode("split").userTask("offered").name("Offered to the citizen").camundaCandidateUsers(CITIZEN).endEvent()
                .moveToNode("split").userTask("taken").name("Offered, but taken by someone else").camundaCandidateUsers(CITIZEN)
                .camundaAssignee(SOMEONE_ELSE).endEvent()
                .moveToNode("split").userTask("others").name("Someone else's").camundaCandidateUsers(SOMEONE_ELSE).endEvent()
                .moveToNode("split").userTask("agency").name("The agency's").camundaCandidateGroups("nav").endEvent()
                .done();
        engine.manageDeployment(processEngine.getRepositoryService().createDeployment().addModelInstance("tasks.bpmn", model).deploy());
        var runtime = processEngine.getRuntimeService();
        var instance = runtime.startProcessInstanceByKey("tasks", "LE-2026-000010");
        var suspended = runtime.startProcessInstanceByKey("tasks", "LE-2026-000011");
        runtime.suspendProcessInstanceById(suspended.getId());
        var caseTasks = new CaseTasks(processEngine.getTaskService(), runtime, processEngine.getManagementService());

        var waiting = caseTasks.waitingFor(CaseReference.of("LE-2026-000010"), CITIZEN);

        assertThat(waiting).extracting(Task::getName).containsExactlyInAnyOrder("Assigned to the citizen", "Offered to the citizen");
        var engineQuery = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey("LE-2026-000010").active()
                .or().taskAssignee(CITIZEN).taskCandidateUser(CITIZEN).endOr().list();
        assertThat(waiting).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(engineQuery.stream().map(Task::getId).toList());
        assertThat(caseTasks.waitingFor(CaseReference.of("LE-2026-000011"), CITIZEN)).isEmpty();
        assertThat(caseTasks.ofProcessInstance(instance.getId())).hasSize(5);
        assertThat(caseTasks.processInstance(instance.getId()).getProcessDefinitionId()).isEqualTo(instance.getProcessDefinitionId());
    }
}
