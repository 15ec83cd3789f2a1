package no.lifecase.lifeevent.deathandinheritance;

import java.time.Clock;
import java.util.Date;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element;
import no.lifecase.referencedata.ReferenceEntryAdded;
import no.lifecase.referencedata.ReferenceKind;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A death case whose routing failed because its municipality had no district court ({@link NoDistrictCourtKnown})
 * goes on once a process owner adds a court district or a kommunenummer replacement: its routing step gets one retry,
 * due at once, and the job executor runs it. A case whose municipality still has no court fails again with the same incident
 * (docs/adr/0062).
 */
@Component
class RoutingWaitsForItsCourt {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingWaitsForItsCourt.class);

    private final ManagementService management;
    private final Clock clock;

    RoutingWaitsForItsCourt(ManagementService management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @TransactionalEventListener
    void retryTheRouting(ReferenceEntryAdded added) {
        if (added.kind() != ReferenceKind.COURT_DISTRICT && added.kind() != ReferenceKind.MUNICIPALITY_NUMBER) {
            return;
        }
        // The routing step's job also runs the reads after it (docs/adr/0065): only a job that failed in the routing
        // itself waits for a court; one that failed on a register waits for the register (RegisterRecovery).
        var waiting = management.createJobQuery().processDefinitionKey(DeathAndInheritance.PROCESS_ID)
                .activityId(Element.DECIDE_AGENCIES).noRetriesLeft().list().stream()
                .filter(job -> Element.DECIDE_AGENCIES.equals(job.getFailedActivityId()))
                .toList();
        // due now: the failure left the job due after its model's retry interval
        waiting.forEach(job -> management.setJobRetries(1).jobId(job.getId()).dueDate(Date.from(clock.instant())).execute());
        if (!waiting.isEmpty()) {
            LOG.info("{} death cases try their routing again after a new {} entry for {}", waiting.size(), added.kind().id(),
                    added.entry().key());
        }
    }
}
