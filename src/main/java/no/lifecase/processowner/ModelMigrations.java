package no.lifecase.processowner;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases from one version of a process to another with the engine's migration API (ADR 0031):
 * a plan that maps equal activities plus the process owner's own instructions, a dry run against every running
 * instance of the source version, and a batch that migrates each instance atomically.
 */
@Service
class ModelMigrations {

    /** Instances checked in one go by the dry run; instances listed in a progress answer. */
    static final int PAGE = 500;
    static final int MAX_LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(ModelMigrations.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate dryRuns;
    private final TransactionTemplate transaction;

    ModelMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management, HistoryService history,
                    JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dryRuns = new TransactionTemplate(transactions);
        this.dryRuns.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A definition the migration names; only its id once the definition is deleted. */
    record DefinitionRef(String id, @Nullable String key, @Nullable String name, @Nullable Integer version) {
    }

    @Schema(name = "MigrationInstruction")
    record Instruction(String sourceActivityId, String targetActivityId, boolean updateEventTrigger) {
    }

    /** Why one activity (or transition) instance of a process instance cannot be migrated. */
    record ActivityFailure(String activityId, String instanceId, List<String> failures) {
    }

    record InstanceFailure(@Nullable String processInstanceId, @Nullable String caseRef, List<String> failures,
                           List<ActivityFailure> activities) {
    }

    record DryRun(int runningInstances, int valid, int invalid, List<InstanceFailure> failures) {
    }

    @Schema(name = "MigrationPlan")
    record Plan(DefinitionRef source, DefinitionRef target, List<Instruction> instructions, DryRun dryRun, boolean migratable) {
    }

    @Schema(name = "MigrationStarted")
    record Started(String batchId, DefinitionRef source, DefinitionRef target, int instances, List<InstanceFailure> skipped) {
    }

    record BatchFigures(int totalJobs, int completedJobs, int remainingJobs, int failedJobs) {
    }

    record FailedJob(String jobId, @Nullable String processInstanceId, @Nullable String caseRef, int retriesLeft, boolean incident,
                     @Nullable String message) {
    }

    record InstanceState(String processInstanceId, @Nullable String caseRef, String state, @Nullable String failure) {
    }

    enum Outcome {
        /** The batch is working through the cases. */
        RUNNING,
        /** Some cases failed to migrate (their jobs have failed); the rest go on. An operator retries or deletes the jobs. */
        NEEDS_ATTENTION,
        /** Every case of the batch now runs on the target version (or ended there). */
        COMPLETED,
        /** The batch ended, but some of its cases are still on the source version. */
        COMPLETED_PARTLY
    }

    /** @param batch the engine's figures; null once the engine has no record of the batch */
    @Schema(name = "MigrationProgress")
    record Progress(String batchId, DefinitionRef source, DefinitionRef target, String requestedBy, Instant requestedAt,
                    Outcome outcome, int total, int migrated, int failed, int pending, int notMigrated, int skippedByDryRun,
                    @Nullable BatchFigures batch, List<FailedJob> failedJobs, List<InstanceState> instances) {
    }

    /** Builds the plan and dry-runs it against every running instance of the source version; changes nothing. */
    Plan plan(MigrationRequest request) {
        var source = resolve("source", request.sourceDefinitionId(), request.key(), request.sourceVersion());
        var target = resolve("target", request.targetDefinitionId(), request.key(), request.targetVersion());
        checkPair(source, target);
        var plan = build(source, target, request.instructionsOrEmpty());
        var checked = dryRun(plan, source.getId());
        return new Plan(ref(source), ref(target), instructions(plan), checked.report(), checked.report().invalid() == 0);
    }

    /**
     * Dry-runs the plan again (cases move on between the process owner's look and this call) and starts the batch
     * for the valid instances, but only if every instance is valid or the process owner asked for the valid ones only.
     */
    Started start(MigrationRequest request, String requestedBy) {
        var source = resolve("source", request.sourceDefinitionId(), request.key(), request.sourceVersion());
        var target = resolve("target", request.targetDefinitionId(), request.key(), request.targetVersion());
        checkPair(source, target);
        var plan = build(source, target, request.instructionsOrEmpty());
        var checked = dryRun(plan, source.getId());
        var report = checked.report();
        if (report.invalid() > 0 && !request.onlyValid()) {
            throw MigrationProblem.of(HttpStatus.CONFLICT, "Some running cases cannot be migrated",
                            report.invalid() + " of " + report.runningInstances() + " running case(s) cannot be migrated with this plan; "
                                    + "nothing was started. Change the plan or the target version, or ask to migrate only the valid "
                                    + "cases with \"onlyValidInstances\": true.")
                    .type(MigrationProblem.INSTANCES_TYPE).with("dryRun", report);
        }
        if (checked.valid().isEmpty()) {
            throw MigrationProblem.of(HttpStatus.CONFLICT, "No running case to migrate",
                            "Version " + source.getVersion() + " of " + source.getKey() + " has no running case that can be migrated.")
                    .type(MigrationProblem.INSTANCES_TYPE).with("dryRun", report);
        }
        var valid = checked.valid();
        String batchId = transaction.execute(status -> {
            var batch = runtime.newMigration(plan).processInstanceIds(new ArrayList<>(valid.keySet())).executeAsync();
            jdbc.update("insert into process_migration (batch_id, source_definition_id, target_definition_id, requested_by, "
                            + "requested_at, skipped_instances) values (?, ?, ?, ?, ?, ?)",
                    batch.getId(), source.getId(), target.getId(), requestedBy, Timestamp.from(clock.instant()), report.invalid());
            jdbc.batchUpdate("insert into process_migration_instance (batch_id, process_instance_id, case_ref) values (?, ?, ?)",
                    valid.entrySet().stream().map(entry -> new Object[] {batch.getId(), entry.getKey(), entry.getValue()}).toList());
            return batch.getId();
        });
        log.info("Migration batch {} started by {}: {} case(s) from {} to {}, {} left on the source version",
                batchId, requestedBy, valid.size(), source.getId(), target.getId(), report.invalid());
        return new Started(batchId, ref(source), ref(target), valid.size(), report.failures());
    }

    Optional<Progress> progress(String batchId) {
        var rows = jdbc.queryForList("select source_definition_id, target_definition_id, requested_by, requested_at, skipped_instances "
                + "from process_migration where batch_id = ?", batchId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.get(0);
        String sourceId = (String) row.get("source_definition_id");
        String targetId = (String) row.get("target_definition_id");
        var caseRefs = new LinkedHashMap<String, String>();
        jdbc.query("select process_instance_id, case_ref from process_migration_instance where batch_id = ? order by process_instance_id",
                rs -> {
                    caseRefs.put(rs.getString(1), rs.getString(2));
                }, batchId);

        var runtimeBatch = management.createBatchQuery().batchId(batchId).singleResult();
        var statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        var historicBatch = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        var failedJobs = new ArrayList<FailedJob>();
        var failureOf = new HashMap<String, String>();
        if (runtimeBatch != null) {
            for (var job : management.createJobQuery().jobDefinitionId(runtimeBatch.getBatchJobDefinitionId()).withException().list()) {
                String message = job.getExceptionMessage();
                // A batch job migrates one instance (invocations per job: 1); the engine's message names it.
                String instance = caseRefs.keySet().stream().filter(id -> message != null && message.contains(id)).findFirst().orElse(null);
                if (instance != null) {
                    failureOf.put(instance, message);
                }
                failedJobs.add(new FailedJob(job.getId(), instance, instance == null ? null : caseRefs.get(instance), job.getRetries(),
                        job.getRetries() == 0, message));
            }
        }
        boolean batchEnded = runtimeBatch == null;
        var definitionOf = currentDefinitions(caseRefs.keySet());
        int migrated = 0;
        int failed = 0;
        int pending = 0;
        int notMigrated = 0;
        var listed = new ArrayList<InstanceState>();
        for (var entry : caseRefs.entrySet()) {
            String id = entry.getKey();
            String definition = definitionOf.get(id);
            String state;
            if (targetId.equals(definition)) {
                state = "MIGRATED";
                migrated++;
            } else if (failureOf.containsKey(id)) {
                state = "FAILED";
                failed++;
            } else if (definition == null) {
                state = "GONE";
                notMigrated++;
            } else if (batchEnded) {
                state = "NOT_MIGRATED";
                notMigrated++;
            } else {
                state = "PENDING";
                pending++;
            }
            if (!"MIGRATED".equals(state) && listed.size() < MAX_LISTED) {
                listed.add(new InstanceState(id, entry.getValue(), state, failureOf.get(id)));
            }
        }
        Outcome outcome;
        if (!batchEnded) {
            outcome = failedJobs.isEmpty() ? Outcome.RUNNING : Outcome.NEEDS_ATTENTION;
        } else {
            outcome = migrated == caseRefs.size() ? Outcome.COMPLETED : Outcome.COMPLETED_PARTLY;
        }
        var figures = statistics == null ? null : new BatchFigures(statistics.getTotalJobs(), statistics.getCompletedJobs(),
                statistics.getRemainingJobs(), statistics.getFailedJobs());
        if (figures == null && historicBatch != null) {
            figures = new BatchFigures(historicBatch.getTotalJobs(), historicBatch.getTotalJobs(), 0, 0);
        }
        var requestedAt = instant(row.get("requested_at"));
        return Optional.of(new Progress(batchId, ref(sourceId), ref(targetId), (String) row.get("requested_by"), requestedAt,
                outcome, caseRefs.size(), migrated, failed, pending, notMigrated, ((Number) row.get("skipped_instances")).intValue(),
                figures, failedJobs, listed));
    }

    /** The process definition each instance runs on now, or ended on; absent for an instance the engine forgot. */
    private Map<String, String> currentDefinitions(Set<String> ids) {
        var definitions = new HashMap<String, String>();
        var all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            var chunk = new HashSet<>(all.subList(from, Math.min(all.size(), from + PAGE)));
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(chunk).list()) {
                definitions.put(instance.getId(), instance.getProcessDefinitionId());
            }
            chunk.removeAll(definitions.keySet());
            if (!chunk.isEmpty()) {
                for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceIds(chunk).list()) {
                    definitions.put(instance.getId(), instance.getProcessDefinitionId());
                }
            }
        }
        return definitions;
    }

    private ProcessDefinition resolve(String role, String id, String key, Integer version) {
        if (id != null && !id.isBlank()) {
            var definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
            if (definition == null) {
                throw MigrationProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown " + role + " definition",
                        "No process definition has the id " + id + ".").with("field", role + "DefinitionId");
            }
            return definition;
        }
        String versionField = role + "Version";
        if (key == null || key.isBlank() || version == null) {
            throw MigrationProblem.of(HttpStatus.BAD_REQUEST, "Missing " + role + " definition",
                    "Give " + role + "DefinitionId, or key and " + versionField + ".").with("field", role + "DefinitionId");
        }
        if (version < 1) {
            // The engine numbers versions from 1 and refuses to look up any other (a ProcessEngineException).
            throw MigrationProblem.of(HttpStatus.BAD_REQUEST, "Invalid " + versionField,
                    versionField + " is a process version, numbered from 1.").with("field", versionField);
        }
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
                .withoutTenantId().singleResult();
        if (definition == null) {
            throw MigrationProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown " + role + " definition",
                    "Process " + key + " has no version " + version + ".").with("field", versionField);
        }
        return definition;
    }

    private static void checkPair(ProcessDefinition source, ProcessDefinition target) {
        if (!source.getKey().equals(target.getKey())) {
            throw MigrationProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "Different processes",
                            "Cases migrate between versions of one process; the source is " + source.getKey() + " and the target "
                                    + target.getKey() + ".")
                    .with("field", "targetDefinitionId");
        }
        if (source.getId().equals(target.getId())) {
            throw MigrationProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "Same version",
                    "The source and the target are the same version " + source.getVersion() + ".").with("field", "targetDefinitionId");
        }
    }

    /**
     * Equal activities first; an explicit instruction then replaces the equal mapping of its source activity (the
     * engine refuses two instructions for one source activity).
     */
    private MigrationPlan build(ProcessDefinition source, ProcessDefinition target, List<MigrationRequest.Instruction> explicit) {
        for (int i = 0; i < explicit.size(); i++) {
            var instruction = explicit.get(i);
            if (instruction == null || blank(instruction.sourceActivityId()) || blank(instruction.targetActivityId())) {
                throw MigrationProblem.of(HttpStatus.BAD_REQUEST, "Incomplete instruction",
                        "Instruction " + i + " needs sourceActivityId and targetActivityId.").with("field", "instructions[" + i + "]");
            }
        }
        try {
            if (explicit.isEmpty()) {
                return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
            }
            var explicitSources = new HashSet<String>();
            explicit.forEach(instruction -> explicitSources.add(instruction.sourceActivityId()));
            var equal = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
            MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
            for (MigrationInstruction instruction : equal.getInstructions()) {
                if (!explicitSources.contains(instruction.getSourceActivityId())) {
                    var mapped = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
                    builder = instruction.isUpdateEventTrigger() ? mapped.updateEventTrigger() : mapped;
                }
            }
            for (var instruction : explicit) {
                var mapped = builder.mapActivities(instruction.sourceActivityId(), instruction.targetActivityId());
                builder = Boolean.TRUE.equals(instruction.updateEventTrigger()) ? mapped.updateEventTrigger() : mapped;
            }
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            throw planRefused(source, target, e.getValidationReport());
        } catch (ProcessEngineException e) {
            throw MigrationProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "The migration plan cannot be built", e.getMessage())
                    .type(MigrationProblem.PLAN_TYPE);
        }
    }

    private static MigrationProblem planRefused(ProcessDefinition source, ProcessDefinition target, MigrationPlanValidationReport report) {
        var instructions = report.getInstructionReports().stream().map(instruction -> Map.of(
                "sourceActivityId", String.valueOf(instruction.getMigrationInstruction().getSourceActivityId()),
                "targetActivityId", String.valueOf(instruction.getMigrationInstruction().getTargetActivityId()),
                "failures", instruction.getFailures())).toList();
        var variables = new LinkedHashMap<String, List<String>>();
        report.getVariableReports().forEach((name, variable) -> variables.put(name, variable.getFailures()));
        return MigrationProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "The migration plan cannot be built",
                        "The engine refuses " + report.getInstructionReports().size() + " instruction(s) from version " + source.getVersion()
                                + " to version " + target.getVersion() + " of " + source.getKey() + ".")
                .type(MigrationProblem.PLAN_TYPE).with("instructions", instructions).with("variables", variables);
    }

    private record Checked(DryRun report, Map<String, String> valid) {
    }

    /**
     * Migrates every running instance of the source version in transactions that are always rolled back: first a
     * page of instances at once, and only if that fails each of them alone, so each failing instance gets its report.
     */
    private Checked dryRun(MigrationPlan plan, String sourceId) {
        var failures = new ArrayList<InstanceFailure>();
        var valid = new LinkedHashMap<String, String>();
        int running = 0;
        for (int first = 0; ; first += PAGE) {
            var page = runtime.createProcessInstanceQuery().processDefinitionId(sourceId).orderByProcessInstanceId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            running += page.size();
            var keys = new LinkedHashMap<String, String>();
            page.forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
            if (tryMigrate(plan, List.copyOf(keys.keySet()), keys).isEmpty()) {
                valid.putAll(keys);
            } else {
                keys.forEach((id, caseRef) -> tryMigrate(plan, List.of(id), keys)
                        .ifPresentOrElse(failures::add, () -> valid.put(id, caseRef)));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new Checked(new DryRun(running, valid.size(), failures.size(), failures), valid);
    }

    private Optional<InstanceFailure> tryMigrate(MigrationPlan plan, List<String> ids, Map<String, String> caseRefs) {
        return dryRuns.execute(status -> {
            status.setRollbackOnly();
            try {
                runtime.newMigration(plan).processInstanceIds(ids).execute();
                return Optional.<InstanceFailure>empty();
            } catch (MigratingProcessInstanceValidationException e) {
                return Optional.of(failure(e.getValidationReport(), caseRefs));
            } catch (ProcessEngineException e) {
                String id = ids.size() == 1 ? ids.get(0) : null;
                return Optional.of(new InstanceFailure(id, id == null ? null : caseRefs.get(id), List.of(String.valueOf(e.getMessage())), List.of()));
            }
        });
    }

    private static InstanceFailure failure(MigratingProcessInstanceValidationReport report, Map<String, String> caseRefs) {
        var activities = new ArrayList<ActivityFailure>();
        report.getActivityInstanceReports().stream().filter(activity -> activity.hasFailures()).forEach(activity ->
                activities.add(new ActivityFailure(activity.getSourceScopeId(), activity.getActivityInstanceId(), activity.getFailures())));
        report.getTransitionInstanceReports().stream().filter(transition -> transition.hasFailures()).forEach(transition ->
                activities.add(new ActivityFailure(transition.getSourceScopeId(), transition.getTransitionInstanceId(), transition.getFailures())));
        return new InstanceFailure(report.getProcessInstanceId(), caseRefs.get(report.getProcessInstanceId()), report.getFailures(), activities);
    }

    private static List<Instruction> instructions(MigrationPlan plan) {
        return plan.getInstructions().stream()
                .map(instruction -> new Instruction(instruction.getSourceActivityId(), instruction.getTargetActivityId(),
                        instruction.isUpdateEventTrigger()))
                .toList();
    }

    private static DefinitionRef ref(ProcessDefinition definition) {
        return new DefinitionRef(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion());
    }

    private DefinitionRef ref(String id) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        return definition == null ? new DefinitionRef(id, null, null, null) : ref(definition);
    }

    /** PostgreSQL's driver gives a Timestamp for a timestamp with time zone, H2 an OffsetDateTime. */
    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
