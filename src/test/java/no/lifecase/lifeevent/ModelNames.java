package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a shipped model names (flow nodes, delegate beans, decisions, a call's inputs) and what a life event's class
 * of constants names, for the tests that hold the two together. The rules every model keeps are the model
 * validator's, run over the shipped models by ShippedModelsIT.
 */
public final class ModelNames {

    private ModelNames() {
    }

    /** The model on the classpath, as the engine deploys it. */
    public static BpmnModelInstance model(String processId) {
        try (InputStream in = resource(processId + ".bpmn")) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> flowNodeIds(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    }

    /** The beans the service and send tasks call, from their {@code ${bean}} expressions. */
    public static Set<String> delegates(BpmnModelInstance model) {
        return Stream.of(
                        model.getModelElementsByType(ServiceTask.class).stream().map(ServiceTask::getCamundaDelegateExpression),
                        model.getModelElementsByType(SendTask.class).stream().map(SendTask::getCamundaDelegateExpression),
                        model.getModelElementsByType(CamundaExecutionListener.class).stream()
                                .map(CamundaExecutionListener::getCamundaDelegateExpression).filter(Objects::nonNull),
                        model.getModelElementsByType(CamundaTaskListener.class).stream()
                                .map(CamundaTaskListener::getCamundaDelegateExpression).filter(Objects::nonNull))
                .flatMap(expressions -> expressions)
                .map(expression -> expression.substring(2, expression.length() - 1))
                .collect(Collectors.toSet());
    }

    public static Set<String> decisions(BpmnModelInstance model) {
        return model.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaDecisionRef)
                .collect(Collectors.toSet());
    }

    public static List<CamundaIn> inputs(CallActivity call) {
        return call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
    }

    /** The string constants of a class of names (the ids, forms, decisions of a model). */
    public static Set<String> constants(Class<?> holder) {
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

    public static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped model or form by its file name, in whichever life event's folder it lives. */
    public static InputStream stream(String name) {
        return resource(name);
    }

    private static InputStream resource(String name) {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources("classpath*:no/lifecase/**/" + name);
            assertThat(found).as(name).hasSize(1);
            return found[0].getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
