package no.lifecase.caseworker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.UserTaskListeners;
import no.lifecase.casefile.TimelineKind;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines of agency tasks (ADR 0025). Every user task for an agency (a candidate group of the catalogue)
 * with a due date gets two engine timers when it is created:
 *
 * <ul>
 *   <li>a reminder {@link #REMINDER_BEFORE} before the due date (half-way to it when that is sooner): an audit
 *       entry and a timeline entry "Reminder to Nav: … is due on …";</li>
 *   <li>an escalation at the due date: the agency's supervisors ({@code <agency>-supervisors}) become a
 *       candidate group of the task as well, with an audit entry and the timeline entry "… passed its deadline
 *       and was escalated to the supervisors of Nav".</li>
 * </ul>
 *
 * The timers follow the task's due date when it is changed and are deleted with the task. Built-in task
 * listeners and a job handler of our own, so no model needs boundary events for it and every present and future
 * model is covered. Citizen tasks (for a named person) get no timers: they stop the case clock instead
 * ({@link no.lifecase.casefile.CaseClock}).
 */
@Component
class TaskDeadlines extends UserTaskListeners {

    static final String JOB_TYPE = "lifecase-task-deadline";
    static final Duration REMINDER_BEFORE = Duration.ofDays(2);
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    enum Kind { REMINDER, ESCALATION }

    private final AgencyCatalogue agencies;
    private final TaskAuditRepository audit;
    private final CaseTimeline timeline;
    private final Clock clock;

    TaskDeadlines(AgencyCatalogue agencies, TaskAuditRepository audit, CaseTimeline timeline, Clock clock) {
        this.agencies = agencies;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    protected void listenTo(TaskDefinition task) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::created);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, this::updated);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::ended);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, this::ended);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().add(new DeadlineJobHandler());
    }

    private void created(DelegateTask task) {
        if (task.getDueDate() == null || agencies.agencyOf(task).isEmpty()) {
            return;
        }
        var due = task.getDueDate().toInstant();
        for (var kind : Kind.values()) {
            var timer = new TimerEntity();
            timer.setJobHandlerType(JOB_TYPE);
            timer.setJobHandlerConfiguration(new Deadline(task.getId(), kind));
            timer.setDuedate(Date.from(fireAt(kind, due)));
            timer.setTenantId(task.getTenantId());
            if (task.getExecution() instanceof ExecutionEntity execution) {
                timer.setExecution(execution);
                timer.setProcessDefinitionId(execution.getProcessDefinitionId());
                timer.setProcessDefinitionKey(execution.getProcessDefinition().getKey());
            }
            Context.getCommandContext().getJobManager().schedule(timer);
        }
    }

    /** A changed due date moves the timers that have not fired yet. */
    private void updated(DelegateTask task) {
        if (task.getDueDate() == null) {
            return;
        }
        var due = task.getDueDate().toInstant();
        for (var kind : Kind.values()) {
            for (var job : jobsOf(task.getId(), kind, task.getTenantId())) {
                var at = Date.from(fireAt(kind, due));
                if (!at.equals(job.getDuedate())) {
                    job.setDuedate(at);
                }
            }
        }
    }

    private void ended(DelegateTask task) {
        for (var kind : Kind.values()) {
            jobsOf(task.getId(), kind, task.getTenantId()).forEach(JobEntity::delete);
        }
    }

    static Instant fireAt(Kind kind, Instant due) {
        if (kind == Kind.ESCALATION) {
            return due;
        }
        var now = ClockUtil.getCurrentTime().toInstant();
        var reminder = due.minus(REMINDER_BEFORE);
        return reminder.isAfter(now) ? reminder : now.plus(Duration.between(now, due).dividedBy(2));
    }

    private static java.util.List<JobEntity> jobsOf(String taskId, Kind kind, String tenantId) {
        return Context.getCommandContext().getJobManager()
                .findJobsByConfiguration(JOB_TYPE, new Deadline(taskId, kind).toCanonicalString(), tenantId);
    }

    private void fire(Deadline deadline, CommandContext commandContext) {
        TaskEntity task = commandContext.getTaskManager().findTaskById(deadline.taskId());
        if (task == null) {
            return;
        }
        var agency = agencies.agencyOf(task);
        if (agency.isEmpty()) {
            return;
        }
        var caseRef = caseRefOf(task);
        var theAgency = agency.get();
        if (deadline.kind() == Kind.REMINDER) {
            audit.save(entry(task, TaskAuditEntry.Action.REMINDED, theAgency, caseRef));
            var dueOn = task.getDueDate() == null ? "" : " is due on " + LocalDate.ofInstant(task.getDueDate().toInstant(), NORWAY);
            timeline.record(caseRef, TimelineKind.DEADLINE_REMINDER,
                    "Reminder to " + theAgency.shortName() + ": " + task.getName() + dueOn,
                    theAgency.id(), TaskAudit.SOURCE_AGENCY, task.getTaskDefinitionKey());
        } else {
            task.addCandidateGroup(theAgency.supervisorsGroupId());
            audit.save(entry(task, TaskAuditEntry.Action.ESCALATED, theAgency, caseRef));
            timeline.record(caseRef, TimelineKind.DEADLINE_PASSED,
                    task.getName() + " passed its deadline and was escalated to the supervisors of " + theAgency.shortName(),
                    theAgency.id(), TaskAudit.SOURCE_AGENCY, task.getTaskDefinitionKey());
        }
    }

    private TaskAuditEntry entry(TaskEntity task, TaskAuditEntry.Action action, Agency agency, String caseRef) {
        return new TaskAuditEntry(clock.instant(), action, TaskAuditEntry.ENGINE, task.getAssignee(), agency.id(), caseRef,
                task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(), null);
    }


    /** Which task and which of its two timers; kept in the job as {@code <taskId>:<kind>}. */
    record Deadline(String taskId, Kind kind) implements JobHandlerConfiguration {

        static Deadline parse(String canonical) {
            int colon = canonical.lastIndexOf(':');
            return new Deadline(canonical.substring(0, colon), Kind.valueOf(canonical.substring(colon + 1)));
        }

        @Override
        public String toCanonicalString() {
            return taskId + ":" + kind;
        }
    }

    private class DeadlineJobHandler implements JobHandler<Deadline> {

        @Override
        public String getType() {
            return JOB_TYPE;
        }

        @Override
        public void execute(Deadline deadline, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
            fire(deadline, commandContext);
        }

        @Override
        public Deadline newConfiguration(String canonicalString) {
            return Deadline.parse(canonicalString);
        }

        @Override
        public void onDelete(Deadline deadline, JobEntity job) {
            // nothing to clean up
        }
    }
}
