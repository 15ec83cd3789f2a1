package no.lifecase.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The court decides the form of settlement before the death case has come to wait for it: the decision is held, and the
 * case takes it as soon as it waits for it, instead of waiting for ever.
 */
@LifecaseIT
class HeldRegisterEventsIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private HeldRegisterEvents heldEvents;

    @Autowired
    private HeldRegisterEventRepository held;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private ManagementService management;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        simulation.poll("domstol");
        // Events other tests left held belong to their cases, not to this one.
        held.deleteAll();
    }

    @Test
    void a_court_decision_that_comes_before_the_case_waits_for_it_is_delivered_when_the_case_waits() {
        var deceased = simulation.example("marriedParentWithMinorChildren");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));
        // The case's first steps wait in the job queue, as they do when the engine is busy.
        management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("death-and-inheritance").includeJobs(true).suspend();
        try {
            var instance = simulation.caseOpenedByFeed("folkeregisteret", "death-and-inheritance", deceased);

            // The court registers the estate case and the heirs' choice at once: two updates, both with the choice.
            simulation.post("/sim/domstol/dodsbo", Map.of("deceased", deceased, "skifteform", "PRIVAT_SKIFTE"));
            simulation.poll("domstol");

            assertThat(held.findAll()).extracting(HeldRegisterEvent::subject).containsExactly(deceased, deceased);
            assertThat(heldEvents.deliverAgain()).isEqualTo(new HeldRegisterEvents.Round(0, 2, 0));

            management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("death-and-inheritance").includeJobs(true).activate();
            await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createEventSubscriptionQuery()
                    .processInstanceId(instance.getId()).eventName("EstateSettlementDecided").count() > 0);

            // The first update is taken; the repeat waits until the case ends, then goes. The case's other branches run
            // meanwhile, so a round may meet a concurrent step (the engine's conflict check, or the database's deadlock
            // check): it is rolled back whole, as a scheduled round would be, and offered again.
            var round = await().atMost(Duration.ofSeconds(30)).ignoreExceptionsMatching(HeldRegisterEventsIT::metAConcurrentStep)
                    .until(heldEvents::deliverAgain, delivered -> true);
            assertThat(round).isEqualTo(new HeldRegisterEvents.Round(1, 1, 0));
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName("settlementForm").singleResult().getValue()).isEqualTo("PRIVAT_SKIFTE");
            // The decision reached the case, while the heirs were still being asked (docs/adr/0061): its first step ran.
            assertThat(simulation.passed(instance, "Task_DecideEstateOverviewAccess")).isTrue();

            // The case goes on with its agencies meanwhile, so the cancellation may meet a concurrent step once.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                runtime.deleteProcessInstance(instance.getId(), "cancelled");
                return true;
            });
            assertThat(heldEvents.deliverAgain()).isEqualTo(new HeldRegisterEvents.Round(0, 0, 1));
            assertThat(held.findAll()).isEmpty();
        } finally {
            management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("death-and-inheritance").includeJobs(true).activate();
        }
    }

    private static boolean metAConcurrentStep(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException
                    || cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
