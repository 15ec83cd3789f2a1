package no.lifecase.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Message;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Message delivery against the in-memory engine. The real death-and-inheritance model is written elsewhere, so this
 * test builds a small stand-in in code (a .bpmn file in test resources would be deployed by every integration test).
 */
class EngineCaseCorrelationTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private static final Random RANDOM = new Random(7);

    private final HandledRegisterEventRepository handledEvents = mock(HandledRegisterEventRepository.class);
    private final Fodselsnummer deceased = Fodselsnummer.generate(LocalDate.of(1940, 1, 2), false, true, RANDOM);
    private final Fodselsnummer someoneElse = Fodselsnummer.generate(LocalDate.of(1941, 2, 3), false, true, RANDOM);
    private RuntimeService runtime;
    private EngineCaseCorrelation correlation;
    private String deploymentId;
    private String standInId;

    @BeforeEach
    void deployStandIn(ProcessEngine processEngine) {
        runtime = processEngine.getRuntimeService();
        correlation = new EngineCaseCorrelation(runtime, handledEvents);
        var deathCase = Bpmn.createExecutableProcess(DeathAndInheritanceModule.LIFE_EVENT.processKey())
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Event_SettlementDecided").message(Message.ESTATE_SETTLEMENT_DECIDED)
                .userTask("Task_SettleEstate")
                .endEvent()
                .done();
        var repository = processEngine.getRepositoryService();
        deploymentId = repository.createDeployment()
                .addModelInstance("death-and-inheritance-stand-in.bpmn", deathCase).deploy().getId();
        standInId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    }

    @AfterEach
    void undeploy(ProcessEngine processEngine) {
        processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void a_message_reaches_the_running_case_of_the_subject_with_its_variables() {
        var instance = startDeathCase("LE-2026-000042", deceased);
        startDeathCase("LE-2026-000043", someoneElse);

        var outcome = correlation.correlate(DeathAndInheritanceModule.LIFE_EVENT, deceased,
                Message.ESTATE_SETTLEMENT_DECIDED, Map.of(Variable.SETTLEMENT_FORM, "USKIFTE"));

        assertThat(outcome).isEqualTo(EventOutcome.correlated(DeathAndInheritanceModule.LIFE_EVENT, "LE-2026-000042"));
        assertThat(runtime.getVariable(instance, Variable.SETTLEMENT_FORM)).isEqualTo("USKIFTE");
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Task_SettleEstate");
        assertThat(runtime.createExecutionQuery().activityId("Event_SettlementDecided").count()).isEqualTo(1);
    }

    @Test
    void a_message_for_a_person_without_a_running_case_is_skipped() {
        var outcome = correlation.correlate(DeathAndInheritanceModule.LIFE_EVENT, deceased,
                Message.ESTATE_SETTLEMENT_DECIDED, Map.of());

        assertThat(outcome).isEqualTo(EventOutcome.skipped(SkipReason.NO_RUNNING_CASE, DeathAndInheritanceModule.LIFE_EVENT));
    }

    @Test
    void a_message_the_case_does_not_wait_for_is_skipped_and_changes_nothing() {
        var instance = startDeathCase("LE-2026-000044", deceased);

        var outcome = correlation.correlate(DeathAndInheritanceModule.LIFE_EVENT, deceased,
                Message.PERSON_REACTIVATED, Map.of());

        assertThat(outcome).isEqualTo(EventOutcome.skipped(SkipReason.CASE_NOT_WAITING, DeathAndInheritanceModule.LIFE_EVENT));
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Event_SettlementDecided");
    }

    @Test
    void a_person_has_a_case_while_it_runs_and_after_it_ended_if_a_feed_opened_it() {
        when(handledEvents.existsByLifeEventIdAndSubjectAndOutcome(anyString(), anyString(), any())).thenReturn(false);
        assertThat(correlation.hasCase(DeathAndInheritanceModule.LIFE_EVENT, deceased)).isFalse();

        startDeathCase("LE-2026-000045", deceased);
        assertThat(correlation.hasCase(DeathAndInheritanceModule.LIFE_EVENT, deceased)).isTrue();
        assertThat(correlation.hasRunningCase(DeathAndInheritanceModule.LIFE_EVENT, deceased)).isTrue();
        assertThat(correlation.hasRunningCase(DeathAndInheritanceModule.LIFE_EVENT, someoneElse)).isFalse();

        when(handledEvents.existsByLifeEventIdAndSubjectAndOutcome(
                eq(DeathAndInheritanceModule.LIFE_EVENT.id()), eq(someoneElse.value()), eq(EventOutcome.Kind.OPENED))).thenReturn(true);
        assertThat(correlation.hasCase(DeathAndInheritanceModule.LIFE_EVENT, someoneElse)).isTrue();
        assertThat(correlation.hasRunningCase(DeathAndInheritanceModule.LIFE_EVENT, someoneElse)).isFalse();
    }

    private String startDeathCase(String reference, Fodselsnummer subject) {
        return runtime.startProcessInstanceById(standInId, reference,
                Map.of("caseRef", reference, "subject", subject.value())).getId();
    }
}
