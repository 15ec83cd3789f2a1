package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.casefile.DeadlinePath;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * The house rules every life-event model keeps (docs/adr/0030 lists most of them), for the model tests to check on
 * their model.
 */
final class ModelHouseRules {

    private static final Pattern DESCRIPTIVE_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");

    private ModelHouseRules() {
    }

    /** The model on the classpath, valid against the BPMN schema. */
    static BpmnModelInstance model(String processId) {
        try (InputStream in = resource(processId + ".bpmn")) {
            var model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Executable, named, keeping its history ten years, and every id (but the process's) names the thing. */
    static Process assertExecutableWithDescriptiveIds(BpmnModelInstance model, String processId) {
        Process process = model.getModelElementById(processId);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getName()).isNotBlank();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
        var ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                .filter(id -> id != null && !id.equals(processId) && !id.startsWith("Definitions_"))
                .collect(Collectors.toList());
        assertThat(ids).isNotEmpty().allMatch(id -> DESCRIPTIVE_ID.matcher(id).matches(), "is descriptive");
        return process;
    }

    /** Every step has a plain-language name (a gateway that only joins needs none), and every choice is labelled. */
    static void assertPlainLanguageNames(BpmnModelInstance model) {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!isMerge(node)) {
                assertThat(node.getName()).as(node.getId()).isNotBlank().doesNotContain("_").doesNotContain("${");
            }
        }
        for (ExclusiveGateway split : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (split.getOutgoing().size() > 1) {
                split.getOutgoing().forEach(flow -> assertThat(flow.getName()).as(flow.getId()).isNotBlank());
                split.getOutgoing().forEach(flow -> assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull());
            }
        }
    }

    /** The ids of the model's flow nodes, which its class of element constants must name, no more and no fewer. */
    static Set<String> flowNodeIds(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    }

    /** A gateway that only joins paths, which needs no name. */
    static boolean isMerge(FlowNode node) {
        return node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
    }

    /**
     * Every service and send task calls a delegate bean; each that calls another system runs asynchronously with a
     * retry cycle, the deadline delegates in their timer's own job. The delegate beans named.
     */
    static Set<String> assertDelegatesAsyncWithRetries(BpmnModelInstance model) {
        List<Task> delegating = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
        delegating.addAll(model.getModelElementsByType(SendTask.class));
        assertThat(delegating).as("tasks that call a delegate").isNotEmpty();
        Set<String> delegates = new HashSet<>();
        for (Task task : delegating) {
            String expression = task instanceof ServiceTask service ? service.getCamundaDelegateExpression()
                    : ((SendTask) task).getCamundaDelegateExpression();
            assertThat(expression).as(task.getId()).matches("\\$\\{[a-zA-Z]+}");
            delegates.add(expression.substring(2, expression.length() - 1));
            if (DeadlinePath.DELEGATES.contains(expression)) {
                assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " asyncBefore").isFalse();
                continue;
            }
            assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " asyncBefore").isTrue();
            var retries = task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list();
            assertThat(retries).as(task.getId() + " retry cycle").hasSize(1);
            assertThat(retries.get(0).getTextContent()).matches("R\\d+/PT\\d+M|(PT\\d+[MH],)+PT\\d+[MH]");
        }
        return delegates;
    }

    /** Every user task has a form bound to the model's deployment and a due date. */
    static void assertUserTasksHaveFormAndDueDate(BpmnModelInstance model) {
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(userTask -> {
            assertThat(userTask.getCamundaFormRef()).as(userTask.getId()).isNotBlank();
            assertThat(userTask.getCamundaFormRefBinding()).as(userTask.getId()).isEqualTo("deployment");
            assertThat(userTask.getCamundaDueDate()).as(userTask.getId()).isNotBlank();
        });
    }

    /** The form exists under its id, has a required field, bounds its free text and offers real choices. */
    static void assertFormValidated(String formId) {
        JsonNode form;
        try {
            form = new ObjectMapper().readTree(text(formId + ".form"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(form.path("id").asText()).isEqualTo(formId);
        var inputs = new ArrayList<JsonNode>();
        form.path("components").forEach(component -> {
            if (component.has("key")) {
                inputs.add(component);
            }
        });
        assertThat(inputs).as(formId + " has a required field").anyMatch(input -> input.path("validate").path("required").asBoolean());
        for (JsonNode input : inputs) {
            String type = input.path("type").asText();
            if (type.equals("textfield") || type.equals("textarea")) {
                assertThat(input.path("validate").path("maxLength").asInt()).as(formId + "." + input.path("key")).isPositive();
            }
            if (type.equals("radio") || type.equals("select")) {
                assertThat(input.path("values").size()).as(formId + "." + input.path("key")).isGreaterThan(1);
            }
        }
    }

    /** The call's part of the notify-agency contract every model keeps; its agency and notice inputs, as given. */
    static List<CamundaIn> assertCallsNotifyAgency(CallActivity call) {
        assertThat(call.getCalledElement()).isEqualTo("notify-agency");
        assertThat(call.getCamundaCalledElementBinding()).isEqualTo("latest");
        var ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
        assertThat(ins).as(call.getId()).anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
        assertThat(ins).as(call.getId()).anyMatch(in -> "caseRef".equals(in.getCamundaSource()) && "caseRef".equals(in.getCamundaTarget()));
        return ins;
    }

    /** Every decision the model calls exists and keeps its history ten years; the decisions called. */
    static Set<String> assertDecisionsExist(BpmnModelInstance model) {
        Set<String> used = new HashSet<>();
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            used.add(task.getCamundaDecisionRef());
            assertThat(text("decisions/" + task.getCamundaDecisionRef() + ".dmn"))
                    .contains("<decision id=\"" + task.getCamundaDecisionRef() + "\"")
                    .contains("camunda:historyTimeToLive=\"3650\"");
        }
        return used;
    }

    /** The string constants of a class of names (the ids, forms, decisions of a model). */
    static Set<String> constants(Class<?> holder) {
        Set<String> values = new HashSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ModelHouseRules.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
