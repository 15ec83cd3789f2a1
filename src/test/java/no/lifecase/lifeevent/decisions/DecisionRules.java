package no.lifecase.lifeevent.decisions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.lifeevent.ModelNames;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/** Rule coverage for the decision tests: which rules a table has, and which ones the engine matched. */
final class DecisionRules {

    private DecisionRules() {
    }

    /** @param file the decision's file name, e.g. {@code care-benefit.dmn}, in whichever life event's folder it lives */
    static List<String> of(String file) {
        var model = Dmn.readModelFromStream(ModelNames.stream(file));
        return model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
    }

    /** The rules matched by the evaluations recorded in history (full history in the test engine). */
    static Set<String> matchedIn(ProcessEngineExtension engine, String decisionKey) {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(decisionKey)
                .includeOutputs().list().stream()
                .flatMap(instance -> instance.getOutputs().stream())
                .map(HistoricDecisionOutputInstance::getRuleId)
                .collect(Collectors.toSet());
    }
}
