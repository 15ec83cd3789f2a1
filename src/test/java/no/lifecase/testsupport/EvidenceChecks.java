package no.lifecase.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;

/**
 * The readers of a case's evidence preview confirm what they see, as each would on their portal task
 * (docs/adr/0063), so that a test can go on to the decision that waits for them.
 */
public final class EvidenceChecks {

    private EvidenceChecks() {
    }

    /** Waits for the case's open "Se over opplysningene" tasks and confirms each; returns how many there were. */
    public static int confirmAll(TaskService tasks, String caseRef) {
        var open = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseRef)
                .taskDefinitionKey("Task_CheckEvidence").list(), list -> !list.isEmpty());
        open.forEach(task -> tasks.complete(task.getId(), Map.of("evidenceAnswer", "confirmed")));
        return open.size();
    }
}
