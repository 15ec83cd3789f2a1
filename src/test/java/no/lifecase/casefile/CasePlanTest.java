package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.lifecase.casefile.CasePlan.StepStatus;
import no.lifecase.caseworker.TaskDeadline;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"plan/plan-example.bpmn20.xml", "plan/plan-deadline.bpmn20.xml"})
class CasePlanTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    /** Also when a test fails: the next test class on this engine must not find this class's mocks. */
    @AfterEach
    void noMocks() {
        Mocks.reset();
    }

    @Test
    void the_plan_shows_the_step_in_progress_what_comes_for_certain_and_what_may_come() {
        ProcessEngine processEngine = engine.getProcessEngine();
        Mocks.register("taskDeadline", new TaskDeadline());
        var instance = processEngine.getRuntimeService().startProcessInstanceByKey("plan-example", "LE-2026-000001",
                Map.of("municipalityAgency", "kommune-0301"));
        var lifeEventCase = new LifeEventCase(CaseReference.of("LE-2026-000001"), HavingAChildModule.LIFE_EVENT,
                Fodselsnummer.parse("03851598730"), Instant.now());
        lifeEventCase.startedAs(instance.getId());
        var plan = plan(processEngine);

        var steps = plan.of(lifeEventCase);

        assertThat(steps).extracting(CasePlan.Step::name, CasePlan.Step::status, CasePlan.Step::agency).containsExactly(
                tuple("Assess the case", StepStatus.IN_PROGRESS, "nav"),
                tuple("Tell the municipality", StepStatus.NEXT, "kommune-0301"),
                tuple("Tell the tax administration", StepStatus.POSSIBLE, "skatteetaten"),
                tuple("Explain the refusal", StepStatus.POSSIBLE, "kommune-0301"),
                tuple("Case done", StepStatus.POSSIBLE, null));
        assertThat(steps.get(0).expectedBy()).isBetween(Instant.now().plus(Duration.ofDays(13)), Instant.now().plus(Duration.ofDays(15)));
        // The task's deadline timers wait beside it, and their paths are not steps of the plan.
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(2);
    }

    @Test
    void a_wait_is_expected_to_end_by_the_deadline_attached_to_it() {
        ProcessEngine processEngine = engine.getProcessEngine();
        var instance = processEngine.getRuntimeService().startProcessInstanceByKey("plan-deadline", "LE-2026-000003");
        var lifeEventCase = new LifeEventCase(CaseReference.of("LE-2026-000003"), DeathAndInheritanceModule.LIFE_EVENT,
                Fodselsnummer.parse("03851598730"), Instant.now());
        lifeEventCase.startedAs(instance.getId());
        var plan = plan(processEngine);

        var waiting = plan.of(lifeEventCase).get(0);

        assertThat(waiting.name()).isEqualTo("Wait for the court's decision");
        assertThat(waiting.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(waiting.expectedBy()).isBetween(Instant.now().plus(Duration.ofDays(59)), Instant.now().plus(Duration.ofDays(61)));
    }

    @Test
    void a_closed_case_has_nothing_ahead() {
        var lifeEventCase = new LifeEventCase(CaseReference.of("LE-2026-000002"), HavingAChildModule.LIFE_EVENT,
                Fodselsnummer.parse("03851598730"), Instant.now());
        lifeEventCase.close(Instant.now());
        ProcessEngine processEngine = engine.getProcessEngine();
        var plan = plan(processEngine);

        assertThat(plan.of(lifeEventCase)).isEmpty();
    }

    private static CasePlan plan(ProcessEngine processEngine) {
        return new CasePlan(processEngine.getRuntimeService(), processEngine.getRepositoryService(), processEngine.getTaskService(),
                processEngine.getManagementService(), new CaseTasks(processEngine.getTaskService(), processEngine.getRuntimeService(),
                processEngine.getManagementService()));
    }
}
