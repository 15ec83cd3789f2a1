package no.lifecase.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Takes the cases in the test engine from where they stand to "all automatic steps done" as the job executor and the
 * agencies would: every due asynchronous step runs (a job, one database transaction each), and every notice that waits
 * for its receipt gets it (one correlation, one transaction each). Lists what it did, so that a per-process test can
 * hold the number of transactions a case costs to what docs/adr/0065-fewer-transactions-per-case.md designs.
 */
public final class AutomaticSteps {

    /** What notify-agency waits for (agency/notify-agency.bpmn, AgencyNotices.RECEIPT_MESSAGE). */
    private static final String RECEIPT = "Message_ReceiptReceived";
    private static final int AT_MOST = 100;

    private AutomaticSteps() {
    }

    /**
     * notify-agency's sending step, as a stand-in that sends nothing: the real one is tested with notify-agency and in
     * the integration tests.
     */
    public static void agenciesTakeEveryNotice() {
        Mocks.register("sendAgencyNotice", (JavaDelegate) execution -> {
            execution.setVariable("noticeId", execution.getProcessInstanceId());
            execution.setVariable("noticeAttempts", 1);
        });
    }

    /**
     * Runs every due job and correlates every awaited receipt until neither is left; one entry per transaction: the
     * activity id of a job (with the agency for a notice), or "receipt from" the agency.
     */
    public static List<String> untilSettled() {
        var steps = new ArrayList<String>();
        for (int round = 0; round < AT_MOST; round++) {
            var job = managementService().createJobQuery().executable().messages().orderByJobId().asc().listPage(0, 1);
            if (!job.isEmpty()) {
                steps.add(describe(job.get(0)));
                managementService().executeJob(job.get(0).getId());
                continue;
            }
            var receipt = runtimeService().createEventSubscriptionQuery().eventType("message").eventName(RECEIPT)
                    .orderByCreated().asc().listPage(0, 1);
            if (receipt.isEmpty()) {
                return steps;
            }
            var waiting = receipt.get(0).getProcessInstanceId();
            steps.add("receipt from " + runtimeService().getVariable(waiting, "agency"));
            runtimeService().createMessageCorrelation(RECEIPT).processInstanceId(waiting).correlate();
        }
        throw new AssertionError("Still not settled after " + AT_MOST + " steps: " + steps);
    }

    private static String describe(Job job) {
        var activity = managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
        var agency = job.getProcessDefinitionKey().equals("notify-agency")
                ? " to " + runtimeService().getVariable(job.getProcessInstanceId(), "agency") : "";
        return activity + agency;
    }
}
