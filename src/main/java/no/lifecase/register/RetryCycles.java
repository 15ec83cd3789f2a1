package no.lifecase.register;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.springframework.stereotype.Component;

/**
 * How many retries a step's own retry cycle gives ({@code camunda:failedJobRetryTimeCycle} in the model): five for
 * {@code R5/PT1M}, four for {@code PT1M,PT5M,PT30M,PT2H}. A job a register stopped gets these back, so the model's
 * cycle paces it again; one where the model says nothing countable (an expression, no cycle) gets one.
 */
@Component
class RetryCycles {

    private static final Pattern REPEATED = Pattern.compile("R(\\d{1,4})/\\S+");
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RepositoryService repository;

    RetryCycles(RepositoryService repository) {
        this.repository = repository;
    }

    int retriesOf(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return 1;
        }
        // the engine keeps the parsed model in its deployment cache
        var model = repository.getBpmnModelInstance(processDefinitionId);
        var element = model == null ? null : model.getModelElementById(activityId.replace(MULTI_INSTANCE_BODY, ""));
        if (!(element instanceof BaseElement step) || step.getExtensionElements() == null) {
            return 1;
        }
        return step.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                .findFirst()
                .map(cycle -> retriesIn(cycle.getTextContent()))
                .orElse(1);
    }

    static int retriesIn(String cycle) {
        var text = cycle == null ? "" : cycle.strip();
        var repeated = REPEATED.matcher(text);
        if (repeated.matches()) {
            return Math.max(1, Integer.parseInt(repeated.group(1)));
        }
        if (text.startsWith("P") && !text.contains("$") && !text.contains("#")) {
            return text.split(",").length;
        }
        return 1;
    }
}
