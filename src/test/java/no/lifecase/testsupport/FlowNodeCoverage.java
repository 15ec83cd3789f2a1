package no.lifecase.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import no.lifecase.lifeevent.ModelNames;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The flow nodes of one model that the tests of a per-process test class passed together, read from the history
 * after each test; the class fails if a flow node of the model was passed by no test. Register it after the engine
 * extension: after-callbacks run in reverse order, so the history is read before the engine extension deletes the
 * test's deployment with it.
 */
public final class FlowNodeCoverage implements AfterTestExecutionCallback, AfterAllCallback {

    private final String processId;
    private final Set<String> passed = new ConcurrentSkipListSet<>();

    public FlowNodeCoverage(String processId) {
        this.processId = processId;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        historyService().createHistoricActivityInstanceQuery().list().stream()
                .filter(activity -> activity.getProcessDefinitionId().startsWith(processId + ":"))
                .map(HistoricActivityInstance::getActivityId)
                .map(id -> id.replace("#multiInstanceBody", ""))
                .forEach(passed::add);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Set<String> all = ModelNames.model(processId).getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        var missed = all.stream().filter(id -> !passed.contains(id)).toList();
        System.out.printf("%s flow-node coverage: %d of %d%s%n", processId, all.size() - missed.size(), all.size(),
                missed.isEmpty() ? "" : " missed: " + missed);
        assertThat(missed).as(processId + ": flow nodes no test passed").isEmpty();
    }
}
