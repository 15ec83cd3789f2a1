package no.lifecase.register;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's failed-job incidents that a register raised: the job ran out of retries on {@link RegisterUnavailable}
 * for that register. Giving such a job retries resolves its incident (Cockpit shows it resolved) and hands the job
 * back to the job executor, due at once; the executor locks it, so that one node runs it. Each change checks first
 * that the job still waits without retries: another node may have handed it back already, and a running job is left
 * alone.
 */
@Component
class RegisterIncidents {

    private static final Logger log = LoggerFactory.getLogger(RegisterIncidents.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RetryCycles retryCycles;
    private final Clock clock;

    RegisterIncidents(RuntimeService runtime, ManagementService management, RetryCycles retryCycles, Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.retryCycles = retryCycles;
        this.clock = clock;
    }

    /** The register's open incidents, oldest first; only where the job failed, not their copies in calling processes. */
    List<Incident> of(String register) {
        return runtime.createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .incidentMessageLike(RegisterUnavailable.messagePrefix(register) + "%")
                .orderByIncidentTimestamp().asc()
                .list().stream()
                .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId()))
                .toList();
    }

    /**
     * Gives one job of these, the oldest whose job is active, a single retry: the trial whether the register is back.
     *
     * @return whether a job was handed back
     */
    boolean tryOneOf(String register, List<Incident> incidents) {
        for (var incident : incidents) {
            if (waitsWithoutRetries(incident) && raisedBy(register, incident) && giveRetries(incident, 1)) {
                log.info("{} has been quiet: job {} of process instance {} is tried again", register,
                        incident.getConfiguration(), incident.getProcessInstanceId());
                return true;
            }
        }
        return false;
    }

    /** Gives each job its model's retries back. */
    int retryAll(String register, List<Incident> incidents) {
        int handedBack = 0;
        for (var incident : incidents) {
            if (waitsWithoutRetries(incident) && raisedBy(register, incident)
                    && giveRetries(incident, retryCycles.retriesOf(incident.getProcessDefinitionId(), incident.getActivityId()))) {
                handedBack++;
            }
        }
        if (handedBack > 0) {
            log.info("{} answers again: {} jobs it had stopped got their retries back", register, handedBack);
        }
        return handedBack;
    }

    /** The incident's message names the register; its stack trace shows that the failure was RegisterUnavailable. */
    private boolean raisedBy(String register, Incident incident) {
        try {
            var stacktrace = management.getJobExceptionStacktrace(incident.getConfiguration());
            return stacktrace != null
                    && stacktrace.startsWith(RegisterUnavailable.class.getName() + ": " + RegisterUnavailable.messagePrefix(register));
        } catch (ProcessEngineException gone) {
            return false;
        }
    }

    private boolean waitsWithoutRetries(Incident incident) {
        return management.createJobQuery().jobId(incident.getConfiguration()).noRetriesLeft().active().count() == 1;
    }

    /** Due now: the last failure left the job due at its cycle's next interval, which the register need not wait for. */
    private boolean giveRetries(Incident incident, int retries) {
        try {
            management.setJobRetries(retries).jobId(incident.getConfiguration()).dueDate(Date.from(clock.instant())).execute();
            return true;
        } catch (ProcessEngineException changedMeanwhile) {   // an OptimisticLockingException too
            // another node handed it back, or the case was cancelled: nothing left to do here
            log.debug("Job {} changed meanwhile: {}", incident.getConfiguration(), changedMeanwhile.getMessage());
            return false;
        }
    }
}
