package no.lifecase.caseworker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.UserTaskListeners;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.formtexts.DeployedFormTexts;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records who claimed, unclaimed and completed every user task, whichever way it was done: Tasklist, the
 * engine's REST API or our worklist API. The actor is the engine's authenticated user of the request.
 *
 * <ul>
 *   <li>the audit table ({@link TaskAuditEntry}) gets the user id and the form values: supervisors and
 *       administrators read it;</li>
 *   <li>the citizen's case timeline gets the agency: "Nav has started work on …" at the first claim and
 *       "Nav has decided on …: Decision on child benefit: Granted" on completion, never a caseworker's name.</li>
 * </ul>
 *
 * Built-in task listeners, like the timeline's own, so they run for every user task of every model and
 * within the engine's transaction: an audit entry exists exactly when the action happened.
 */
@Component
class TaskAudit extends UserTaskListeners {

    /** Timeline entries written because an agency acted, as opposed to the process model itself. */
    static final String SOURCE_AGENCY = "agency";

    private static final Logger log = LoggerFactory.getLogger(TaskAudit.class);

    private final TaskAuditRepository audit;
    private final CaseTimeline timeline;
    private final AgencyCatalogue agencies;
    private final ObjectMapper json;
    private final Clock clock;
    private final ObjectProvider<DeployedFormTexts> formTexts;   // reaches the engine, which is built after its plugins

    TaskAudit(TaskAuditRepository audit, CaseTimeline timeline, AgencyCatalogue agencies, ObjectMapper json, Clock clock,
              ObjectProvider<DeployedFormTexts> formTexts) {
        this.formTexts = formTexts;
        this.audit = audit;
        this.timeline = timeline;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void listenTo(TaskDefinition task) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, this::assigned);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::completed);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
    }

    private void assigned(DelegateTask task) {
        var actor = actor(task);
        var assignee = task.getAssignee();
        var action = assignee == null ? TaskAuditEntry.Action.UNCLAIMED
                : assignee.equals(actor) ? TaskAuditEntry.Action.CLAIMED : TaskAuditEntry.Action.ASSIGNED;
        var agency = agencies.agencyOf(task);
        boolean firstTakenUp = assignee != null
                && !audit.existsByTaskIdAndActionIn(task.getId(), EnumSet.of(TaskAuditEntry.Action.CLAIMED, TaskAuditEntry.Action.ASSIGNED));
        audit.save(entry(task, action, actor, agency, null));
        if (firstTakenUp && agency.isPresent()) {
            timeline.record(caseRefOf(task), TimelineKind.WORK_STARTED,
                    agency.get().shortName() + " has started work on: " + modelNameOf(task),
                    agency.get().id(), SOURCE_AGENCY, task.getTaskDefinitionKey());
        }
    }

    private void completed(DelegateTask task) {
        var agency = agencies.agencyOf(task);
        var form = formOf(task);
        var values = new LinkedHashMap<String, Object>();
        form.ifPresent(f -> f.fields().keySet().forEach(key -> {
            if (task.hasVariable(key)) {
                values.put(key, plain(task.getVariableTyped(key)));
            }
        }));
        audit.save(entry(task, TaskAuditEntry.Action.COMPLETED, actor(task), agency, values.isEmpty() ? null : toJson(values)));
        // The staff timeline is written in English, as the case API shows it; the form itself speaks its agency's language.
        var decision = form.map(f -> f.describeChoices(values, textsOf(task, f), Language.EN)).orElse("");
        if (agency.isPresent() && !decision.isEmpty()) {
            timeline.record(caseRefOf(task), TimelineKind.DECISION_MADE,
                    agency.get().shortName() + " has decided on \"" + modelNameOf(task) + "\": " + decision,
                    agency.get().id(), SOURCE_AGENCY, task.getTaskDefinitionKey());
        }
    }

    private FormTexts textsOf(DelegateTask task, TaskForm form) {
        if (form.id() == null) {
            return FormTexts.none();
        }
        var definition = task.getProcessEngineServices().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
        return formTexts.getObject().of(definition.getDeploymentId(), form.id());
    }

    private TaskAuditEntry entry(DelegateTask task, TaskAuditEntry.Action action, String actor, Optional<Agency> agency, String formValues) {
        return new TaskAuditEntry(clock.instant(), action, actor, task.getAssignee(), agency.map(Agency::id).orElse(null),
                caseRefOf(task), task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(), formValues);
    }

    /**
     * The user of the request that changed the task; else whoever Lifecase acts for ({@link TaskActor}: the citizen in the
     * portal, a caseworker in the worklist API); the engine itself when nobody is.
     */
    private static String actor(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return TaskActor.current().orElse(TaskAuditEntry.ENGINE);
    }


    private Optional<TaskForm> formOf(DelegateTask task) {
        // Asking the engine for a form the task does not have fails inside a nested command, which would mark
        // the surrounding (Spring) transaction rollback-only even though we catch the exception.
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                && entity.getTaskDefinition().getFormKey() == null
                && entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return Optional.empty();
        }
        try {
            var form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId());
            return Optional.of(TaskForm.parse(form, json));
        } catch (RuntimeException noCamundaForm) {
            // No form, or one that is not a Camunda Form: the audit still says who completed the task.
            log.debug("No Camunda Form for task {} ({}): {}", task.getId(), task.getTaskDefinitionKey(), noCamundaForm.getMessage());
            return Optional.empty();
        }
    }

    private static Object plain(TypedValue value) {
        if (value == null) {
            return null;
        }
        Object plain = value.getValue();
        return plain == null || plain instanceof String || plain instanceof Number || plain instanceof Boolean ? plain : String.valueOf(plain);
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            return values.toString();
        }
    }
}
