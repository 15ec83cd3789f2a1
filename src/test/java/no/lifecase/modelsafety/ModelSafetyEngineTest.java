package no.lifecase.modelsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model that tries to run a command on the server (ADR 0035), on a real in-memory engine: on Camunda's stock
 * expression language the command runs; with Lifecase's guarded one it fails before it runs, wherever the engine
 * evaluates the expression; and Lifecase's deployment check refuses such a model, and scripts and classes, outright.
 */
class ModelSafetyEngineTest {

    @TempDir
    static Path dir;

    private static final Map<String, ProcessEngine> ENGINES = new HashMap<>();

    private ProcessEngine engine;

    @AfterEach
    void removeDeployments() throws Exception {
        var repository = engine.getRepositoryService();
        repository.createDeploymentQuery().list().forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
        Files.deleteIfExists(marker());
    }

    @AfterAll
    static void closeEngines() {
        ENGINES.values().forEach(ProcessEngine::close);
    }

    private static String exploit() {
        return HostileModels.exploit(marker());
    }

    private static Path marker() {
        return dir.resolve("command-ran");
    }

    @Test
    void on_the_stock_expression_language_the_command_runs_so_the_exploit_is_real() throws Exception {
        engine = engine("stock", configuration -> { });
        deploy(startListener(exploit()));

        engine.getRuntimeService().startProcessInstanceByKey("hostile");

        for (int i = 0; i < 50 && !Files.exists(marker()); i++) {
            Thread.sleep(100);
        }
        assertThat(marker()).exists();
    }

    static Stream<Arguments> placesTheEngineEvaluatesAnExpression() {
        Map<String, Function<String, BpmnModelInstance>> places = new HashMap<>();
        places.put("execution listener", ModelSafetyEngineTest::startListener);
        places.put("condition", e -> start().exclusiveGateway("Gateway_Check").condition("Yes", e).endEvent("EndEvent_Yes")
                .moveToLastGateway().condition("No", "${false}").endEvent("EndEvent_No").done());
        places.put("input mapping", e -> start().userTask("Task_Mapped").camundaInputParameter("value", e).endEvent().done());
        places.put("timer date", e -> start().intermediateCatchEvent("Timer_Wait").timerWithDate(e).endEvent().done());
        places.put("candidate groups", e -> start().userTask("Task_Grouped").camundaCandidateGroups(e).endEvent().done());
        places.put("assignee", e -> start().userTask("Task_Assigned").camundaAssignee(e).endEvent().done());
        places.put("due date", e -> start().userTask("Task_Due").camundaDueDate(e).endEvent().done());
        places.put("task listener", e -> start().userTask("Task_Listened").camundaTaskListenerExpression("create", e).endEvent().done());
        places.put("called element", e -> start().callActivity("Call_Other").calledElement(e).endEvent().done());
        places.put("delegate expression", e -> start().serviceTask("Task_Delegate").camundaDelegateExpression(e).endEvent().done());
        places.put("decision input (JUEL)", e -> start().businessRuleTask("Task_Decide").camundaDecisionRef("hostile")
                .camundaMapDecisionResult("singleEntry").camundaResultVariable("result").endEvent().done());
        return places.entrySet().stream().map(place -> Arguments.of(place.getKey(), place.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placesTheEngineEvaluatesAnExpression")
    void the_guarded_expression_language_stops_the_command_before_it_runs(String place, Function<String, BpmnModelInstance> model) {
        engine = guardedEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("hostile.bpmn", model.apply(exploit()))
                .addString("hostile.dmn", HostileModels.decision("juel", exploit()))
                .deploy();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasStackTraceContaining("A model may not use String.getClass()");
        assertThat(marker()).doesNotExist();
    }

    @Test
    void a_step_that_fails_the_guard_becomes_an_incident_with_the_reason() {
        engine = guardedEngine();
        deploy(start().serviceTask("Task_Hostile").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R0/PT1M")
                .camundaDelegateExpression("${noop.class}").endEvent().done());
        var instance = engine.getRuntimeService().startProcessInstanceByKey("hostile");
        var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));

        var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_Hostile");
        assertThat(incident.getIncidentMessage()).contains("${noop.class}").contains("may not use");
    }

    @Test
    void what_models_may_use_still_works_under_the_guard() {
        engine = checkedEngine();
        deploy(start().serviceTask("Task_Noop").camundaDelegateExpression("${noop}")
                .userTask("Task_Check")
                .camundaCandidateGroups("${execution.getVariable('agency')}")
                .camundaAssignee("${applicant.trim()}")
                .camundaDueDate("${dateTime().plusDays(14).toDate()}")
                .camundaInputParameter("reference", "${execution.processBusinessKey}")
                .camundaInputParameter("offers", "${offers.contains('tax-card') and not offers.isEmpty()}")
                .endEvent().done());

        var instance = engine.getRuntimeService().startProcessInstanceByKey("hostile", "LE-2026-000001",
                Map.of("agency", "nav", "applicant", " 03851598730 ", "offers", List.of("tax-card")));

        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getAssignee()).isEqualTo("03851598730");
        assertThat(task.getDueDate()).isAfter(new Date());
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "ran")).isEqualTo(true);
        assertThat(engine.getTaskService().getVariable(task.getId(), "reference")).isEqualTo("LE-2026-000001");
        assertThat(engine.getTaskService().getVariable(task.getId(), "offers")).isEqualTo(true);
    }

    @Test
    void the_deployment_check_refuses_the_model_and_names_the_element_and_the_expression() {
        engine = checkedEngine();

        assertThatThrownBy(() -> deploy(startListener(exploit())))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("StartEvent_Start")
                .hasMessageContaining("getClass()");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        assertThat(marker()).doesNotExist();
    }

    static Stream<Arguments> modelsThatRunCode() {
        return Stream.of(
                Arguments.of("a script task", "Scripts are not run", "hostile.bpmn", Bpmn.convertToString(start()
                        .scriptTask("Task_Script").scriptFormat("javascript").scriptText("java.lang.Runtime.getRuntime()").endEvent().done())),
                Arguments.of("a script listener", "Scripts are not run", "hostile.bpmn", Bpmn.convertToString(start().endEvent("EndEvent_Done").done())
                        .replace("name=\"EndEvent_Done\">", "name=\"EndEvent_Done\"><extensionElements><camunda:executionListener "
                                + "event=\"start\"><camunda:script scriptFormat=\"groovy\">'touch x'.execute()</camunda:script>"
                                + "</camunda:executionListener></extensionElements>")),
                Arguments.of("a class", "loads code by name", "hostile.bpmn", Bpmn.convertToString(start().serviceTask("Task_Class")
                        .camundaClass("org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior").endEvent().done())),
                Arguments.of("a condition in a script language", "script language", "hostile.bpmn", Bpmn.convertToString(start()
                        .exclusiveGateway("Gateway_Check").condition("Yes", "${true}").endEvent("EndEvent_Yes")
                        .moveToLastGateway().condition("No", "${false}").endEvent("EndEvent_No").done())
                        .replace("<conditionExpression ", "<conditionExpression language=\"javascript\" ")),
                Arguments.of("a bean models may not use", "The bean runtimeService is not available", "hostile.bpmn", Bpmn.convertToString(startListener("${runtimeService}"))),
                Arguments.of("a function models may not use", "The function S() is not available", "hostile.bpmn", Bpmn.convertToString(startListener("${S('{}')}"))),
                Arguments.of("a decision in JUEL", "The property class is not available", "hostile.dmn", HostileModels.decision("juel", "${execution.class}")),
                Arguments.of("a decision in JavaScript", "Scripts (javascript)", "hostile.dmn", HostileModels.decision("javascript", "java.lang.Runtime")),
                Arguments.of("a FEEL external function", "FEEL external function", "hostile.dmn", HostileModels.decision("feel",
                        "{ f: function(x) external { java: { class: \"java.lang.System\", method signature: \"exit(int)\" } }, r: f(1) }.r")),
                Arguments.of("a file that is no model", "Only BPMN, DMN and form files", "hostile.groovy", "'touch x'.execute()"),
                Arguments.of("texts without their model", "is no texts file of a model in the same deployment", "hostile_nn.properties", "Task_Start=Start"),
                Arguments.of("properties that are no model's texts", "is no texts file of a model in the same deployment", "application.properties",
                        "spring.main.sources=evil"));
    }

    @Test
    void the_texts_beside_a_model_are_deployed_with_it() {
        engine = checkedEngine();
        var repository = engine.getRepositoryService();

        var deployment = repository.createDeployment()
                .addModelInstance("forms/hostile.bpmn", start().endEvent("EndEvent_Done").done())
                .addString("forms/hostile_nn.properties", "StartEvent_Start=Saka er starta")
                .addString("forms/ask.form", "{\"id\": \"ask\", \"components\": []}")
                .addString("forms/ask_en.properties", "Field_Ask.label=Ask")
                .deploy();

        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .contains("forms/hostile_nn.properties", "forms/ask_en.properties");
        assertThatThrownBy(() -> repository.createDeployment().addModelInstance("hostile.bpmn", start().endEvent("EndEvent_Done").done())
                .addString("other_nn.properties", "StartEvent_Start=Start").deploy())
                .isInstanceOf(ParseException.class).hasMessageContaining("other_nn.properties");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsThatRunCode")
    void the_deployment_check_refuses_scripts_classes_and_what_is_not_listed(String what, String reason, String file, String content) {
        engine = checkedEngine();

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString(file, content).deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(reason);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
    }

    private void deploy(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().addModelInstance("hostile.bpmn", model).deploy();
    }

    private static StartEventBuilder start() {
        return Bpmn.createExecutableProcess("hostile").camundaHistoryTimeToLive(1).startEvent("StartEvent_Start");
    }

    private static BpmnModelInstance startListener(String expression) {
        return start().camundaExecutionListenerExpression("start", expression).endEvent("EndEvent_Done").done();
    }

    /** A delegate models may name, and the engine's services, which they may not. */
    private static ModelBeans beans() {
        JavaDelegate noop = execution -> execution.setVariable("ran", true);
        return new ModelBeans() {
            @Override
            public Object find(String name) {
                return "noop".equals(name) ? noop : null;
            }

            @Override
            public boolean isOffLimits(String name) {
                return "runtimeService".equals(name);
            }

            @Override
            public String nameOf(Object bean) {
                return bean == noop ? "noop" : null;
            }
        };
    }

    /** Lifecase's expression language alone, without the deployment check: what a model deployed before it meets. */
    private static ProcessEngine guardedEngine() {
        return engine("guarded", configuration -> configuration.setExpressionManager(new GuardedExpressionManager(beans())));
    }

    /** Everything Lifecase does to an engine: the guarded expression language, no scripts, the deployment check. */
    private static ProcessEngine checkedEngine() {
        return engine("checked", configuration -> configuration.getProcessEnginePlugins().add(new ModelSafetyPlugin(beans())));
    }

    private static ProcessEngine engine(String kind, Consumer<ProcessEngineConfigurationImpl> setUp) {
        return ENGINES.computeIfAbsent(kind, key -> newEngine(setUp));
    }

    private static ProcessEngine newEngine(Consumer<ProcessEngineConfigurationImpl> setUp) {
        String name = "model-safety-" + System.nanoTime();
        var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + name)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setProcessEngineName(name);
        setUp.accept(configuration);
        return configuration.buildProcessEngine();
    }
}
