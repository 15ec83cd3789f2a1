package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
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
    void keeps_every_step_of_the_case_and_no_gateway() {
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
                .containsExactlyInAnyOrder("Start", "StepA", "StepB", "Answer", "Done");
        assertThat(kept).allSatisfy(activity -> assertThat(activity.getEndTime()).isNotNull());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndTime()).isNotNull();
    }
}
