package no.lifecase.caseworker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.casefile.UserTaskListeners;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * "Remind Nav of the deadline": the agency's task is due soon. An audit entry, and on the citizen's timeline
 * "Reminder to Nav: Assess child benefit is due on 2026-12-06".
 */
@Component("remindAgency")
class RemindAgencyDelegate extends DeadlineDelegate {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    RemindAgencyDelegate(AgencyCatalogue agencies, TaskAuditRepository audit, CaseTimeline timeline, Clock clock) {
        super(agencies, audit, timeline, clock);
    }

    @Override
    protected void act(TaskEntity task, Agency agency, String caseRef) {
        audit.save(entry(task, TaskAuditEntry.Action.REMINDED, agency, caseRef));
        var dueOn = task.getDueDate() == null ? "" : " is due on " + LocalDate.ofInstant(task.getDueDate().toInstant(), NORWAY);
        timeline.record(caseRef, TimelineKind.DEADLINE_REMINDER, "Reminder to " + agency.shortName() + ": " + UserTaskListeners.modelNameOf(task) + dueOn,
                agency.id(), TaskAudit.SOURCE_AGENCY, task.getTaskDefinitionKey());
    }
}
