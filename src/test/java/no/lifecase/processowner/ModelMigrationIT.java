package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.lifecase.casefile.DeadlinePath;
import no.lifecase.testsupport.EvidenceChecks;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Process owners migrate running death-and-inheritance cases on real PostgreSQL, with new versions built at run
 * time from the deployed model and deployed through /api/models: cases move to a version with an added step and go
 * on through it; a version that drops the step a case waits in is caught by the dry run, per case and activity,
 * and leaves those cases as they were; the batch's outcome is reported; bad requests get problem details.
 */
@LifecaseIT
class ModelMigrationIT {

    private static final String KEY = "death-and-inheritance";
    private static final String ASSESS = "Task_DecideOmstillingsstonad";
    private static final String EXPLAIN = "Task_ExplainSurvivorBenefits";
    private static final String OWNER = StaffUsers.of(ModelMigrationIT.class).id("owner");
    private static final String CASEWORKER = StaffUsers.of(ModelMigrationIT.class).id("nav");
    private static final Map<String, Object> DECIDED = Map.of("decisionOutcome", "granted", "decisionReasons", "Gift i over fem år.");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private IdentityService identity;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService tasks;

    @Autowired
    private HistoryService history;

    @Autowired
    private ManagementService management;

    private Simulation simulation;
    private final List<String> deployments = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        StaffUsers.user(identity, OWNER, ProcessOwnerGroup.ID);
        StaffUsers.user(identity, CASEWORKER, "nav");
        simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
    }

    /**
     * The versions deployed here go again, with the cases on them, so that v1 is the latest for the next tests. The
     * batch also moved other tests' running death cases to them, and a case may be in a step just now: a deletion that
     * meets a concurrent step is tried again.
     */
    @AfterEach
    void removeTestVersions() {
        for (String id : opened) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                    runtime.deleteProcessInstance(id, "migration test done");
                }
                return true;
            });
        }
        for (String id : deployments) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                repository.deleteDeployment(id, true);
                return true;
            });
        }
    }

    @Test
    void runningCasesMoveToAVersionWithAnAddedStepAndGoOnThroughIt() {
        var v1 = latest(KEY);
        var first = openDeathCaseWaitingForSurvivorBenefits();
        var second = openDeathCaseWaitingForSurvivorBenefits();
        var taskBefore = task(first, ASSESS);
        var v2 = deploy(withAddedStepAfterAssessment(v1));

        var plan = post("/api/models/migrations/plan", Map.of("key", KEY, "sourceVersion", v1.getVersion(), "targetVersion", v2.getVersion()));

        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(map(plan.getBody(), "source").get("id")).isEqualTo(v1.getId());
        assertThat(map(plan.getBody(), "target").get("id")).isEqualTo(v2.getId());
        assertThat(list(plan.getBody(), "instructions")).extracting(i -> i.get("sourceActivityId") + "->" + i.get("targetActivityId"))
                .contains(ASSESS + "->" + ASSESS, "Task_AwaitSettlementDecision->Task_AwaitSettlementDecision");
        var dryRun = map(plan.getBody(), "dryRun");
        assertThat((Integer) dryRun.get("runningInstances")).isGreaterThanOrEqualTo(2);
        assertThat(list(dryRun, "failures")).as("%s", dryRun).extracting(f -> f.get("processInstanceId")).doesNotContain(first.getId(), second.getId());
        assertThat(definitionOf(first)).as("a dry run changes nothing").isEqualTo(v1.getId());

        var started = post("/api/models/migrations", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId(),
                "onlyValidInstances", true));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String batchId = (String) started.getBody().get("batchId");
        assertThat(started.getHeaders().getLocation()).hasPath("/api/models/migrations/" + batchId);
        var progress = awaitOutcome(started.getHeaders().getLocation().getPath());
        assertThat(progress.get("outcome")).isEqualTo("COMPLETED");
        assertThat(progress.get("total")).isEqualTo(started.getBody().get("instances"));
        assertThat(progress.get("migrated")).isEqualTo(progress.get("total"));
        assertThat(progress.get("failed")).isEqualTo(0);
        assertThat(list(progress, "failedJobs")).isEmpty();
        assertThat(definitionOf(first)).isEqualTo(v2.getId());
        assertThat(definitionOf(second)).isEqualTo(v2.getId());
        var taskAfter = task(first, ASSESS);
        assertThat(taskAfter.getId()).as("the waiting task is the same task").isEqualTo(taskBefore.getId());

        // On v2 the case goes through the added step.
        tasks.complete(taskAfter.getId(), DECIDED);
        var added = await().atMost(Duration.ofSeconds(30)).until(() -> taskOrNull(first, EXPLAIN), task -> task != null);
        assertThat(tasks.getIdentityLinksForTask(added.getId())).extracting(link -> link.getGroupId()).contains("nav");
        tasks.complete(added.getId());
        assertThat(simulation.passed(first, EXPLAIN)).isTrue();
        // and leads on where it is drawn: to the letter with Nav's decision
        simulation.awaitPassed(first, "Task_SendOmstillingsstonadDecision");

        var timeline = Simulation.entries(simulation.caseView(first.getBusinessKey()), "timeline");
        assertThat(timeline).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("EVENT " + MigrationOnTheTimeline.text(v2.getName(), v2.getVersion()),
                        "STEP_COMPLETED Explain the survivor benefits to the family");
    }

    @Test
    void aDryRunFindsTheCaseWaitingInARemovedStepAndNothingChangesUntilOnlyTheValidCasesAreMigrated() {
        var v1 = latest(KEY);
        var waiting = openDeathCaseWaitingForSurvivorBenefits();
        var assessed = openDeathCaseWaitingForSurvivorBenefits();
        tasks.complete(task(assessed, ASSESS).getId(), DECIDED);
        simulation.awaitPassed(assessed, ASSESS);
        var waitingTask = task(waiting, ASSESS);
        var v2 = deploy(withAssessmentReplaced(v1));

        var plan = post("/api/models/migrations/plan", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId()));

        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(plan.getBody().get("migratable")).isEqualTo(false);
        var failures = list(map(plan.getBody(), "dryRun"), "failures");
        assertThat(failures).extracting(f -> f.get("processInstanceId")).contains(waiting.getId()).doesNotContain(assessed.getId());
        var failure = failures.stream().filter(f -> waiting.getId().equals(f.get("processInstanceId"))).findFirst().orElseThrow();
        assertThat(failure.get("caseRef")).isEqualTo(waiting.getBusinessKey());
        assertThat(list(failure, "activities")).anySatisfy(activity -> {
            assertThat(activity.get("activityId")).isEqualTo(ASSESS);
            @SuppressWarnings("unchecked")
            var reasons = (List<String>) activity.get("failures");
            assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
        });

        long batchesBefore = management.createBatchQuery().count();
        var refused = post("/api/models/migrations", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(list(map(refused.getBody(), "dryRun"), "failures")).extracting(f -> f.get("processInstanceId")).contains(waiting.getId());
        assertThat(management.createBatchQuery().count()).as("no batch was started").isEqualTo(batchesBefore);
        assertThat(definitionOf(waiting)).isEqualTo(v1.getId());
        assertThat(definitionOf(assessed)).isEqualTo(v1.getId());
        assertThat(task(waiting, ASSESS).getId()).isEqualTo(waitingTask.getId());

        var started = post("/api/models/migrations", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId(),
                "onlyValidInstances", true));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(list(started.getBody(), "skipped")).extracting(f -> f.get("processInstanceId")).contains(waiting.getId());
        var progress = awaitOutcome(started.getHeaders().getLocation().getPath());
        assertThat(progress.get("outcome")).isEqualTo("COMPLETED");
        assertThat((Integer) progress.get("skippedByDryRun")).isGreaterThanOrEqualTo(1);
        assertThat(definitionOf(assessed)).isEqualTo(v2.getId());
        assertThat(definitionOf(waiting)).as("the case that cannot be migrated stays as it was").isEqualTo(v1.getId());
        assertThat(task(waiting, ASSESS).getId()).isEqualTo(waitingTask.getId());
        assertThat(Simulation.entries(simulation.caseView(waiting.getBusinessKey()), "timeline"))
                .extracting(entry -> (String) entry.get("text")).noneMatch(text -> text.startsWith("The case now follows"));
    }

    @Test
    void badRequestsAreProblemsAndOnlyProcessOwnersGetIn() {
        byte[] form = resource("src/main/java/no/lifecase/agency/forms/notice-follow-up.form");
        deployFiles(Map.of("it-migration-follow-up.bpmn", followUp(false), "notice-follow-up.form", form));
        deployFiles(Map.of("it-migration-follow-up.bpmn", followUp(true), "notice-follow-up.form", form));
        var v1 = repository.createProcessDefinitionQuery().processDefinitionKey("it-migration-follow-up").orderByProcessDefinitionVersion().asc()
                .list().get(0);
        var v2 = latest("it-migration-follow-up");

        var unknown = post("/api/models/migrations/plan", Map.of("sourceDefinitionId", "no-such-process:1:x", "targetDefinitionId", v2.getId()));
        var noVersion = post("/api/models/migrations/plan", Map.of("key", "it-migration-follow-up", "sourceVersion", 999, "targetVersion", v2.getVersion()));
        var missing = post("/api/models/migrations/plan", Map.of("targetDefinitionId", v2.getId()));
        var otherProcess = post("/api/models/migrations/plan", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", latest(KEY).getId()));
        var impossible = post("/api/models/migrations/plan", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId(),
                "instructions", List.of(Map.of("sourceActivityId", "Task_FollowUp", "targetActivityId", "EndEvent_Done"))));
        var nothingToMigrate = post("/api/models/migrations", Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId()));
        var noSuchBatch = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange("/api/models/migrations/no-such-batch", HttpMethod.GET, null, JSON);
        var caseworker = http.withBasicAuth(CASEWORKER, StaffUsers.passwordOf(CASEWORKER)).exchange("/api/models/migrations/plan", HttpMethod.POST,
                jsonBody(Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId())), String.class);

        assertProblem(unknown, HttpStatus.UNPROCESSABLE_ENTITY, "Unknown source definition");
        assertProblem(noVersion, HttpStatus.UNPROCESSABLE_ENTITY, "Unknown source definition");
        assertProblem(missing, HttpStatus.BAD_REQUEST, "Missing source definition");
        assertProblem(otherProcess, HttpStatus.UNPROCESSABLE_ENTITY, "Different processes");
        assertProblem(impossible, HttpStatus.UNPROCESSABLE_ENTITY, "The migration plan cannot be built");
        assertThat(list(impossible.getBody(), "instructions")).anySatisfy(instruction -> {
            assertThat(instruction.get("sourceActivityId")).isEqualTo("Task_FollowUp");
            assertThat(instruction.get("targetActivityId")).isEqualTo("EndEvent_Done");
            assertThat((List<?>) instruction.get("failures")).isNotEmpty();
        });
        assertProblem(nothingToMigrate, HttpStatus.CONFLICT, "No running case to migrate");
        assertProblem(noSuchBatch, HttpStatus.NOT_FOUND, "Migration not found");
        assertThat(caseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- versions built from the deployed model -------------------------------------------------------------------

    /** v1 with a step after the decision on omstillingsstønad: the same agency explains the decision to the family. */
    private BpmnModelInstance withAddedStepAfterAssessment(ProcessDefinition v1) {
        var model = deployedModel(v1);
        UserTask assess = model.getModelElementById(ASSESS);
        SequenceFlow out = assess.getOutgoing().iterator().next();
        FlowNode next = out.getTarget();
        UserTask explain = model.newInstance(UserTask.class);
        explain.setId(EXPLAIN);
        explain.setName("Explain the survivor benefits to the family");
        explain.setCamundaCandidateGroups(assess.getCamundaCandidateGroups());
        explain.setCamundaFormRef(assess.getCamundaFormRef());
        explain.setCamundaFormRefBinding(assess.getCamundaFormRefBinding());
        explain.setCamundaDueDate(assess.getCamundaDueDate());
        assess.getParentElement().addChildElement(explain);
        withDeadlineTimers(model, explain);
        next.getIncoming().remove(out);
        out.setTarget(explain);
        explain.getIncoming().add(out);
        SequenceFlow onward = model.newInstance(SequenceFlow.class);
        onward.setId("Flow_SurvivorBenefitsExplained");
        assess.getParentElement().addChildElement(onward);
        onward.setSource(explain);
        onward.setTarget(next);
        explain.getOutgoing().add(onward);
        next.getIncoming().add(onward);
        return model;
    }

    /**
     * v1 where the assessment is a new step with another id (with its boundary events, if it has any): cases waiting
     * in the old step have nowhere to go.
     */
    private BpmnModelInstance withAssessmentReplaced(ProcessDefinition v1) {
        var model = deployedModel(v1);
        UserTask assess = model.getModelElementById(ASSESS);
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            if (boundary.getAttachedTo() == assess) {
                boundary.setId(boundary.getId() + "Reworked");
            }
        }
        assess.setId(ASSESS + "Reworked");
        assess.setName("Decide on omstillingsstønad (reworked)");
        return model;
    }

    private BpmnModelInstance deployedModel(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deploys the model through /api/models with the forms it binds to its deployment, taken from v1's deployment. */
    private ProcessDefinition deploy(BpmnModelInstance model) {
        var v1 = latest(KEY);
        var formIds = new HashSet<String>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if ("deployment".equals(task.getCamundaFormRefBinding()) && task.getCamundaFormRef() != null) {
                formIds.add(task.getCamundaFormRef());
            }
        }
        var files = new LinkedHashMap<String, byte[]>();
        files.put(KEY + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
        files.putAll(forms(v1.getDeploymentId(), formIds));
        files.putAll(texts(v1.getDeploymentId(), files.keySet(), model));
        deployFiles(files);
        var deployed = latest(KEY);
        assertThat(deployed.getVersion()).isGreaterThan(v1.getVersion());
        return deployed;
    }

    /** The texts in three languages that lie beside the model and its forms in v1's deployment: a citizen's task needs them. */
    private Map<String, byte[]> texts(String deploymentId, Set<String> files, BpmnModelInstance model) {
        var bases = files.stream().map(file -> file.substring(0, file.lastIndexOf('.')) + "_").toList();
        var texts = new LinkedHashMap<String, byte[]>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            var file = name.substring(name.lastIndexOf('/') + 1);
            if (file.endsWith(".properties") && bases.stream().anyMatch(file::startsWith)) {
                var content = new String(read(repository.getResourceAsStream(deploymentId, name)), StandardCharsets.UTF_8);
                texts.put(file, file.startsWith(KEY + "_") ? onlyOfElementsIn(model, content) : content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** The model's texts without those of the steps the new version took out. */
    private static byte[] onlyOfElementsIn(BpmnModelInstance model, String texts) {
        return texts.lines().filter(line -> line.isBlank() || line.startsWith("#")
                        || model.getModelElementById(line.substring(0, line.indexOf('=')).split("\\.")[0]) != null)
                .collect(java.util.stream.Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, byte[]> forms(String deploymentId, Set<String> ids) {
        var forms = new LinkedHashMap<String, byte[]>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (name.endsWith(".form")) {
                byte[] content = read(repository.getResourceAsStream(deploymentId, name));
                try {
                    JsonNode id = json.readTree(content).get("id");
                    if (id != null && ids.contains(id.asText())) {
                        forms.put(name.substring(name.lastIndexOf('/') + 1), content);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(forms).as("forms %s in deployment %s", ids, deploymentId).hasSize(ids.size());
        return forms;
    }

    private void deployFiles(Map<String, byte[]> files) {
        var body = new LinkedMultiValueMap<String, Object>();
        files.forEach((name, content) -> body.add("files", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var response = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange("/api/models", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
        assertThat(response.getStatusCode()).as("deployment answered %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        deployments.add((String) response.getBody().get("deploymentId"));
    }

    // --- cases -------------------------------------------------------------------------------------------------------

    /** A death with a spouse and children: the case waits for NAV's assessment and for the court, nothing else running. */
    private ProcessInstance openDeathCaseWaitingForSurvivorBenefits() {
        var deceased = simulation.example("marriedParentWithMinorChildren");
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", KEY, deceased);
        opened.add(instance.getId());
        EvidenceChecks.confirmAll(tasks, instance.getBusinessKey());
        await().atMost(Duration.ofSeconds(90)).until(() -> taskOrNull(instance, ASSESS) != null
                && runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventName("EstateSettlementDecided").count() > 0
                && runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count() == 0
                && management.createJobQuery().processInstanceId(instance.getId()).executable().count() == 0);
        return instance;
    }

    private Task task(ProcessInstance instance, String key) {
        var task = taskOrNull(instance, key);
        assertThat(task).as("task %s of %s", key, instance.getId()).isNotNull();
        return task;
    }

    private Task taskOrNull(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    // --- HTTP ----------------------------------------------------------------------------------------------------------

    private Map<String, Object> awaitOutcome(String location) {
        // The engine's batch monitor looks every 30 seconds whether the batch is done.
        return await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            var response = http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange(location, HttpMethod.GET, null, JSON);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            return response.getBody();
        }, progress -> !"RUNNING".equals(progress.get("outcome")));
    }

    private ResponseEntity<Map<String, Object>> post(String path, Map<String, Object> body) {
        return http.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER)).exchange(path, HttpMethod.POST, jsonBody(body), JSON);
    }

    private static HttpEntity<Map<String, Object>> jsonBody(Map<String, Object> body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status, String title) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("title")).isEqualTo(title);
        assertThat((String) response.getBody().get("detail")).isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
        return (List<Map<String, Object>>) body.get(name);
    }

    private static byte[] resource(String path) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(InputStream in) {
        try (in; var out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small process with a follow-up task; the second version adds a step. */
    private static byte[] followUp(boolean withSecondStep) {
        String second = withSecondStep ? """
                    <bpmn:userTask id="Task_ConfirmFollowUp" name="Confirm the follow-up" camunda:candidateGroups="nav"
                                   camunda:formRef="notice-follow-up" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToConfirm</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="Flow_ToConfirm" sourceRef="Task_FollowUp" targetRef="Task_ConfirmFollowUp"/>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_ConfirmFollowUp" targetRef="EndEvent_Done"/>
                """ : """
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_FollowUp" targetRef="EndEvent_Done"/>
                """;
        String afterFollowUp = withSecondStep ? "Flow_ToConfirm" : "Flow_ToEnd";
        String xml = ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_ItMigrationFollowUp" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-migration-follow-up" name="Follow up a notice" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_FollowUpDue"><bpmn:outgoing>Flow_ToFollowUp</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_FollowUp" name="Follow up the notice" camunda:candidateGroups="nav"
                                   camunda:formRef="notice-follow-up" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToFollowUp</bpmn:incoming><bpmn:outgoing>%s</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToFollowUp" sourceRef="StartEvent_FollowUpDue" targetRef="Task_FollowUp"/>
                %s  </bpmn:process>
                </bpmn:definitions>
                """.formatted(afterFollowUp, second)).strip();
        var model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        model.getModelElementsByType(UserTask.class).forEach(task -> withDeadlineTimers(model, task));
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }

    /** The due date and the two deadline timers every agency task has (ADR 0025), each leading to its delegate. */
    private static void withDeadlineTimers(BpmnModelInstance model, UserTask task) {
        if (task.getCamundaDueDate() == null) {
            task.setCamundaDueDate("${dateTime().plusDays(14).toDate()}");
        }
        deadlineTimer(model, task, "DeadlineNear", "Deadline near", DeadlinePath.REMINDER_EXPRESSION, "${remindAgency}");
        deadlineTimer(model, task, "DeadlinePassed", "Deadline passed", DeadlinePath.ESCALATION_EXPRESSION, "${escalateToSupervisors}");
    }

    private static void deadlineTimer(BpmnModelInstance model, UserTask task, String kind, String name, String date, String delegate) {
        var scope = task.getParentElement();
        var id = task.getId().replaceFirst("^Task_", "") + kind;
        BoundaryEvent timer = model.newInstance(BoundaryEvent.class);
        timer.setId("Timer_" + id);
        timer.setName(name);
        timer.setCancelActivity(false);
        timer.setAttachedTo(task);
        // The model API gives each new element a generated id; the validator wants ids that name the thing.
        TimerEventDefinition definition = model.newInstance(TimerEventDefinition.class);
        definition.setId("TimerDefinition_" + id);
        TimeDate timeDate = model.newInstance(TimeDate.class);
        timeDate.setId("TimeDate_" + id);
        timeDate.setTextContent(date);
        definition.setTimeDate(timeDate);
        timer.getEventDefinitions().add(definition);
        scope.addChildElement(timer);
        ServiceTask delegateTask = model.newInstance(ServiceTask.class);
        delegateTask.setId("Task_" + id);
        delegateTask.setName(name);
        delegateTask.setCamundaDelegateExpression(delegate);
        scope.addChildElement(delegateTask);
        EndEvent end = model.newInstance(EndEvent.class);
        end.setId("EndEvent_" + id);
        scope.addChildElement(end);
        connect(model, scope, "Flow_To" + id, timer, delegateTask);
        connect(model, scope, "Flow_After" + id, delegateTask, end);
    }

    private static void connect(BpmnModelInstance model, ModelElementInstance scope, String id, FlowNode source, FlowNode target) {
        SequenceFlow flow = model.newInstance(SequenceFlow.class);
        flow.setId(id);
        scope.addChildElement(flow);
        flow.setSource(source);
        flow.setTarget(target);
        source.getOutgoing().add(flow);
        target.getIncoming().add(flow);
    }
}
