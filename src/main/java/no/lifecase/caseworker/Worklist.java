package no.lifecase.caseworker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.lifecase.agency.Agency;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseTimeline;
import no.lifecase.casefile.CaseViews;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's open tasks, and claiming, unclaiming and completing them on behalf of a caseworker. The
 * caller has already been checked to work for the agency ({@link WorklistController}); a task that is not
 * the agency's is "not found". Claiming and completing run as the caseworker (the engine's authenticated
 * user), so the engine's own authorization checks and the audit ({@link TaskAudit}) see who acted.
 */
@Service
class Worklist {

    /**
     * What a worklist query asks for; already validated. {@code assignee} is a user id or {@link #UNASSIGNED};
     * {@code caseRefs}, when not null, the only cases whose tasks count (a search's, {@link WorklistSearch}).
     */
    record Query(int page, int size, boolean descending, boolean overdue, Instant dueBefore, String lifeEvent, String assignee,
                 @Nullable List<String> caseRefs) {
    }

    static final String UNASSIGNED = "";

    /** @param form the task's form fields; left out where the answer is about the task's claim only */
    /**
     * @param name          the task's name in the reader's language (docs/adr/0059)
     * @param lifeEventName the life event's name in the reader's language
     * @param timeline      the case's timeline for the agency's staff
     * @param context       the case as its caseworker needs it: left out of lists and claims, given with one task
     */
    record TaskView(String id, @Nullable String name, @Nullable String description, String agency, @Nullable String caseRef,
                    @Nullable String lifeEvent, String taskDefinitionKey, @Nullable Instant created, @Nullable Instant due,
                    boolean overdue, @Nullable String assignee, @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldView> form,
                    @Nullable String lifeEventName, @Nullable String timeline,
                    @JsonInclude(JsonInclude.Include.NON_NULL) CaseContext context) {
    }

    record OptionView(String value, String label) {
    }

    record FieldView(String key, @Nullable String label, String type, boolean required, boolean readOnly,
                     @Nullable Integer minLength, @Nullable Integer maxLength, @Nullable Double min, @Nullable Double max,
                     @Nullable String pattern, List<OptionView> options) {
    }

    @Schema(name = "TaskPage")
    record Page(int page, int size, long totalElements, long totalPages, List<TaskView> tasks) {
    }

    private final TaskService tasks;
    private final FormService forms;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final ObjectMapper json;
    private final Clock clock;
    private final StaffTaskTexts staffTexts;
    private final CaseContextReader contexts;
    private final CaseService cases;
    private final CaseTimeline caseTimeline;

    Worklist(TaskService tasks, FormService forms, IdentityService identity, RuntimeService runtime, RepositoryService repository,
             ManagementService management, ObjectMapper json, Clock clock, StaffTaskTexts staffTexts, CaseContextReader contexts,
             CaseService cases, CaseTimeline caseTimeline) {
        this.staffTexts = staffTexts;
        this.contexts = contexts;
        this.cases = cases;
        this.caseTimeline = caseTimeline;
        this.tasks = tasks;
        this.forms = forms;
        this.identity = identity;
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page page(Agency agency, Query query, Language language) {
        var parameters = new LinkedHashMap<String, Object>();
        String where = where(agency, query, parameters);
        long total = nativeQuery("select count(*) from worklist_entry W" + where, parameters).count();
        String order = " order by W.undated asc, W.due_date " + (query.descending() ? "desc" : "asc") + ", W.created asc, W.task_id asc";
        List<Task> found = total == 0 ? List.of()
                : nativeQuery(selectTasks() + where + order, parameters).listPage(query.page() * query.size(), query.size());
        var cases = casesOf(found);
        var views = found.stream().map(task -> view(task, agency, cases, null, null, language)).toList();
        return new Page(query.page(), query.size(), total, (total + query.size() - 1) / query.size(), views);
    }

    /**
     * One of the agency's tasks with the fields of its form and its case (docs/adr/0059). Not read-only: reading the
     * person from the register is logged on the case.
     */
    @Transactional
    public TaskView task(Caseworker caseworker, Agency agency, String taskId, Language language) {
        var task = find(agency, taskId);
        var form = as(caseworker, agency, () -> formOf(task));
        var texts = form.map(f -> staffTexts.formTexts(task, f)).orElse(FormTexts.none());
        var fields = form.map(f -> fieldViews(f, texts, language)).orElse(List.of());
        var found = casesOf(List.of(task));
        var caseOfTask = found.get(task.getProcessInstanceId());
        var context = contexts.read(caseOfTask == null ? null : caseOfTask.caseRef(), agency, task.getId(),
                staffTexts.caseFacts(task), language);
        return view(task, agency, found, fields, context, language);
    }

    /** The timeline of the case of one of the agency's tasks, as staff read it: for as long as the agency has the task. */
    @Transactional(readOnly = true)
    public List<CaseViews.TimelineEntryView> timeline(Agency agency, String taskId) {
        var task = find(agency, taskId);
        var caseOfTask = casesOf(List.of(task)).get(task.getProcessInstanceId());
        if (caseOfTask == null || caseOfTask.caseRef() == null || !CaseReference.isValid(caseOfTask.caseRef())) {
            return List.of();
        }
        return cases.find(CaseReference.of(caseOfTask.caseRef())).map(caseTimeline::of).orElse(List.of()).stream()
                .map(entry -> new CaseViews.TimelineEntryView(entry.occurredAt(), entry.kind(), entry.text(), entry.agency(), entry.source()))
                .toList();
    }

    @Transactional
    public TaskView claim(Caseworker caseworker, Agency agency, String taskId, Language language) {
        var task = find(agency, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caseworker.userId())) {
            throw new WorklistProblem.Conflict("The task is already claimed by a colleague", "claimedByColleague");
        }
        if (task.getAssignee() == null) {
            as(caseworker, agency, () -> {
                tasks.claim(taskId, caseworker.userId());
                return null;
            });
        }
        return view(find(agency, taskId), agency, casesOf(List.of(task)), null, null, language);
    }

    /** Puts the task back in the agency's queue. Only its assignee, a supervisor or an administrator may. */
    @Transactional
    public TaskView unclaim(Caseworker caseworker, Agency agency, String taskId, Language language) {
        var task = find(agency, taskId);
        if (task.getAssignee() != null) {
            boolean own = task.getAssignee().equals(caseworker.userId());
            if (!own && !caseworker.supervises(agency) && !caseworker.isAdmin()) {
                throw new WorklistProblem.Forbidden("Only the caseworker who claimed the task or a supervisor can put it back",
                        "onlyClaimantPutsBack");
            }
            as(caseworker, agency, () -> {
                tasks.claim(taskId, null);   // TASK_WORK suffices, unlike setAssignee
                return null;
            });
        }
        return view(find(agency, taskId), agency, casesOf(List.of(task)), null, null, language);
    }

    /**
     * Completes the task with the submitted form values, after checking every one of them against the
     * task's form. An unclaimed task is claimed first; a colleague's is refused. All or nothing: when
     * anything fails, neither the claim nor the completion nor the audit happen.
     */
    @Transactional
    public void complete(Caseworker caseworker, Agency agency, String taskId, JsonNode values) {
        var task = find(agency, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caseworker.userId())) {
            throw new WorklistProblem.Conflict("The task is claimed by a colleague; only they can complete it", "onlyClaimantCompletes");
        }
        as(caseworker, agency, () -> {
            var form = formOf(task).orElse(new TaskForm(null, Map.of()));
            var problems = FormValues.check(form, values);
            if (!problems.isEmpty()) {
                throw new WorklistProblem.InvalidFormValues(problems);
            }
            if (task.getAssignee() == null) {
                tasks.claim(taskId, caseworker.userId());
            }
            tasks.complete(taskId, FormValues.variables(form, values));
            return null;
        });
    }

    /** Of these cases, the ones with an open task of the agency. */
    @Transactional(readOnly = true)
    public Set<String> casesWithTasks(Agency agency, List<String> caseRefs) {
        if (caseRefs.isEmpty()) {
            return Set.of();
        }
        var parameters = new LinkedHashMap<String, Object>();
        var query = new Query(0, 1, false, false, null, null, null, caseRefs);
        var found = nativeQuery(selectTasks() + where(agency, query, parameters), parameters).list();
        var cases = new HashSet<String>();
        casesOf(found).values().forEach(caseOfTask -> cases.add(caseOfTask.caseRef()));
        return cases;
    }

    /** One of the agency's tasks, as a claim answers it: without its form. */
    @Transactional(readOnly = true)
    public TaskView summary(Agency agency, String taskId, Language language) {
        var task = find(agency, taskId);
        return view(task, agency, casesOf(List.of(task)), null, null, language);
    }

    /** The agency's open task with this id; "not found" for any other. */
    Task find(Agency agency, String taskId) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            throw new WorklistProblem.NotFound("Task not found", "taskNotFound");
        }
        var task = tasks.createTaskQuery().taskId(taskId).taskCandidateGroup(agency.id()).includeAssignedTasks().active().singleResult();
        if (task == null) {
            throw new WorklistProblem.NotFound("Task not found", "taskNotFound");
        }
        return task;
    }

    /** Runs engine calls as the caseworker acting for the agency, and forgets them afterwards. */
    private <T> T as(Caseworker caseworker, Agency agency, Supplier<T> work) {
        identity.setAuthentication(caseworker.userId(), caseworker.engineGroupsFor(agency));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Optional<TaskForm> formOf(Task task) {
        var formKey = tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
        if (formKey == null || formKey.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        return Optional.of(TaskForm.parse(forms.getDeployedTaskForm(task.getId()), json));
    }

    /** The agency's open tasks from the worklist's read model, in one index (docs/adr/0071). */
    private String selectTasks() {
        return "select T.* from worklist_entry W join " + management.getTableName(Task.class) + " T on T.ID_ = W.task_id";
    }

    private String where(Agency agency, Query query, Map<String, Object> parameters) {
        var sql = new StringBuilder(" where W.agency = #{agency} and W.suspended = false");
        parameters.put("agency", agency.id());
        if (query.overdue()) {
            sql.append(" and W.due_date < #{now}");
            parameters.put("now", Date.from(clock.instant()));
        }
        if (query.dueBefore() != null) {
            sql.append(" and W.due_date < #{dueBefore}");
            parameters.put("dueBefore", Date.from(query.dueBefore()));
        }
        if (query.lifeEvent() != null) {
            // The life event is the process at the root of the task's case: shared sub-processes count for it.
            sql.append(" and W.life_event = #{lifeEvent}");
            parameters.put("lifeEvent", query.lifeEvent());
        }
        if (query.caseRefs() != null) {
            sql.append(query.caseRefs().isEmpty() ? " and 1 = 0" : " and W.case_ref in (");
            for (int i = 0; i < query.caseRefs().size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("#{case").append(i).append('}');
                parameters.put("case" + i, query.caseRefs().get(i));
            }
            sql.append(query.caseRefs().isEmpty() ? "" : ")");
        }
        if (UNASSIGNED.equals(query.assignee())) {
            sql.append(" and W.assignee is null");
        } else if (query.assignee() != null) {
            sql.append(" and W.assignee = #{assignee}");
            parameters.put("assignee", query.assignee());
        }
        return sql.toString();
    }

    private NativeTaskQuery nativeQuery(String sql, Map<String, Object> parameters) {
        var query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }

    /** The case (root business key) and life event (root process key) of each task's process instance. */
    private Map<String, CaseOfTask> casesOf(List<Task> found) {
        var instanceIds = new HashSet<String>();
        found.forEach(task -> {
            if (task.getProcessInstanceId() != null) {
                instanceIds.add(task.getProcessInstanceId());
            }
        });
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        var instances = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list();
        var rootIds = new HashSet<String>();
        instances.forEach(instance -> rootIds.add(instance.getRootProcessInstanceId() != null ? instance.getRootProcessInstanceId() : instance.getId()));
        var roots = new HashMap<String, ProcessInstance>();
        runtime.createProcessInstanceQuery().processInstanceIds(rootIds).list().forEach(root -> roots.put(root.getId(), root));
        var definitionKeys = new HashMap<String, String>();
        var definitionIds = roots.values().stream().map(ProcessInstance::getProcessDefinitionId).distinct().toArray(String[]::new);
        if (definitionIds.length > 0) {
            repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list()
                    .forEach(definition -> definitionKeys.put(definition.getId(), definition.getKey()));
        }
        var result = new HashMap<String, CaseOfTask>();
        for (var instance : instances) {
            var root = roots.get(instance.getRootProcessInstanceId() != null ? instance.getRootProcessInstanceId() : instance.getId());
            if (root != null) {
                result.put(instance.getId(), new CaseOfTask(root.getBusinessKey(), definitionKeys.get(root.getProcessDefinitionId())));
            }
        }
        return result;
    }

    private record CaseOfTask(String caseRef, String lifeEvent) {
    }

    private TaskView view(Task task, Agency agency, Map<String, CaseOfTask> cases, List<FieldView> form, CaseContext context,
                          Language language) {
        var caseOfTask = cases.get(task.getProcessInstanceId());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        String lifeEvent = caseOfTask == null ? null : caseOfTask.lifeEvent();
        return new TaskView(task.getId(), staffTexts.name(task, agency, language), task.getDescription(), agency.id(),
                caseOfTask == null ? null : caseOfTask.caseRef(), lifeEvent,
                task.getTaskDefinitionKey(), task.getCreateTime() == null ? null : task.getCreateTime().toInstant(), due,
                due != null && due.isBefore(clock.instant()), task.getAssignee(), form,
                staffTexts.lifeEventName(lifeEvent, language), "/api/agency/" + agency.id() + "/tasks/" + task.getId() + "/timeline",
                context);
    }

    private static List<FieldView> fieldViews(TaskForm form, FormTexts texts, Language language) {
        var views = new ArrayList<FieldView>();
        form.fields().values().forEach(field -> views.add(new FieldView(field.key(), TaskForm.label(field, texts, language), field.type(),
                field.required() && !field.conditional(), field.readOnly(), field.minLength(), field.maxLength(), field.min(),
                field.max(), field.pattern(),
                field.options().stream().map(option -> new OptionView(option.value(),
                        TaskForm.optionLabel(field, option.value(), texts, language))).toList())));
        return views;
    }
}
