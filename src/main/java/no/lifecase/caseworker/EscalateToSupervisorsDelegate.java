package no.lifecase.caseworker;

import java.time.Clock;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.casefile.UserTaskListeners;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * "Escalate to Nav's supervisors": the agency's task passed its due date. The supervisors
 * ({@code <agency>-supervisors}) become a candidate group of the same task (no second task: they can reassign
 * it, take it over or change the due date), with an audit entry and on the citizen's timeline
 * "Assess child benefit passed its deadline and was escalated to the supervisors of Nav".
 */
@Component("escalateToSupervisors")
class EscalateToSupervisorsDelegate extends DeadlineDelegate {

    EscalateToSupervisorsDelegate(AgencyCatalogue agencies, TaskAuditRepository audit, CaseTimeline timeline, Clock clock) {
        super(agencies, audit, timeline, clock);
    }

    @Override
    protected void act(TaskEntity task, Agency agency, String caseRef) {
        task.addCandidateGroup(agency.supervisorsGroupId());
        audit.save(entry(task, TaskAuditEntry.Action.ESCALATED, agency, caseRef));
        timeline.record(caseRef, TimelineKind.DEADLINE_PASSED,
                UserTaskListeners.modelNameOf(task) + " passed its deadline and was escalated to the supervisors of " + agency.shortName(),
                agency.id(), TaskAudit.SOURCE_AGENCY, task.getTaskDefinitionKey());
    }
}
