package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The level on a real engine: what a case's history keeps of a model with every kind of gateway Lifecase uses. */
class CaseHistoryLevelEngineTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:case-history-level;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setCustomHistoryLevels(new ArrayList<HistoryLevel>(List.of(CaseHistoryLevel.INSTANCE)));
        configuration.setHistory(CaseHistoryLevel.NAME);
        configuration.setProcessEngineName("case-history-level-test");
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void keeps_every_step_of_the_case_and_no_gateway_or_start_event() {
        var model = Bpmn.createExecutableProcess("gateways").startEvent("Start")
                .exclusiveGateway("Choice").condition("always", "${true}")
                .parallelGateway("Fork").manualTask("StepA").name("Step A").parallelGateway("Join")
                .moveToNode("Fork").manualTask("StepB").name("Step B").connectTo("Join")
                .moveToNode("Join").eventBasedGateway().id("Wait")
                .intermediateCatchEvent("Answer").message("answer").endEvent("Done")
                .moveToNode("Wait").intermediateCatchEvent("Deadline").timerWithDuration("P14D").endEvent("TooLate")
                .moveToNode("Choice").condition("never", "${false}").endEvent("NotTaken")
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("gateways.bpmn", model).deploy();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("gateways", "LE-2026-000020");
        engine.getRuntimeService().correlateMessage("answer", "LE-2026-000020");

        var kept = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list();

        assertThat(kept).extracting(HistoricActivityInstance::getActivityId)
                .containsExactlyInAnyOrder("StepA", "StepB", "Answer", "Done");
        assertThat(kept).allSatisfy(activity -> assertThat(activity.getEndTime()).isNotNull());
        var ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getStartActivityId()).as("where the case began, kept with the process instance").isEqualTo("Start");
    }

    @Test
    void keeps_the_values_of_a_case_but_not_its_empty_values_or_its_reference() {
        var model = Bpmn.createExecutableProcess("variables").startEvent("Start").receiveTask("Answer").message("variables-answer")
                .endEvent("Done").done();
        engine.getRepositoryService().createDeployment().addModelInstance("variables.bpmn", model).deploy();
        var start = new HashMap<String, Object>();
        start.put(CaseService.CASE_REF, "LE-2026-000021");
        start.put(CaseService.SUBJECT, "07871147986");
        start.put("childHasResidenceAddress", true);
        start.put("childBenefitReason", null);
        start.put("answerLater", null);
        start.put("flagChangedLater", false);
        start.put("residenceMunicipality", "0301");
        start.put("childrenUnder20", 2);
        var instance = engine.getRuntimeService().startProcessInstanceByKey("variables", "LE-2026-000021", start);
        engine.getRuntimeService().setVariable(instance.getId(), "answerLater", "decline");
        engine.getRuntimeService().setVariable(instance.getId(), "flagChangedLater", true);
        engine.getRuntimeService().correlateMessage("variables-answer", "LE-2026-000021");

        var kept = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list();

        assertThat(kept).extracting(variable -> variable.getName() + "=" + variable.getValue())
                .as("a value set after an empty start is kept with its last value")
                .containsExactlyInAnyOrder("subject=07871147986", "childHasResidenceAddress=true", "residenceMunicipality=0301",
                        "childrenUnder20=2", "answerLater=decline", "flagChangedLater=true");
        assertThat(kept).extracting(HistoricVariableInstance::getState).containsOnly(HistoricVariableInstance.STATE_CREATED);
    }

    @Test
    void keeps_the_person_a_step_ran_for_but_not_the_engines_counters() {
        var model = Bpmn.createExecutableProcess("each-heir").startEvent("Start").manualTask("TellHeir")
                .multiInstance().parallel().camundaCollection("${heirs}").camundaElementVariable("heir").multiInstanceDone()
                .endEvent("Done").done();
        engine.getRepositoryService().createDeployment().addModelInstance("each-heir.bpmn", model).deploy();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("each-heir", "LE-2026-000022",
                Map.of("heirs", List.of("a", "b")));

        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName).containsExactlyInAnyOrder("heirs", "heir", "heir");
    }

    @Test
    void keeps_an_agencys_follow_up_answer_but_not_the_notice_its_case_file_row_holds() {
        var model = Bpmn.createExecutableProcess("notify-agency").startEvent("Start").userTask("FollowUp").endEvent("Done").done();
        engine.getRepositoryService().createDeployment().addModelInstance("notify-agency.bpmn", model).deploy();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("notify-agency", "LE-2026-000023", Map.of(
                "agency", "nav", "notice", "child-benefit-granted-automatically", "noticeId", "2f1c", "noticeAttempts", 2,
                "receiptReceived", false));
        var followUp = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getTaskService().complete(followUp.getId(), Map.of("receiptReceived", true, "followUpOutcome", "phoned"));

        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(variable -> variable.getName() + "=" + variable.getValue()).containsExactly("followUpOutcome=phoned");
    }
}
