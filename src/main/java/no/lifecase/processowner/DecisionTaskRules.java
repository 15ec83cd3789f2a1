package no.lifecase.processowner;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.lifecase.decision.DecisionTaskProperties;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A decision only with a legal basis, and an automated one only as the law allows it (docs/adr/0055): a task that
 * decides (property {@code decision}) names the provision the benefit rests on ({@code legalBasis}); a business rule
 * task whose table can answer {@code decidedBy = rules} also names the provision that allows deciding automatically
 * ({@code automationBasis}); and the rules never refuse or reduce by themselves.
 */
final class DecisionTaskRules {

    static final String LEGAL_BASIS = "decision-legal-basis";
    static final String AUTOMATION_BASIS = "decision-automation-basis";
    static final String REFUSAL_BY_RULES = "decision-refusal-by-rules";
    static final String OUTPUTS = "decision-outputs";

    private static final String RULES = "\"rules\"";

    private DecisionTaskRules() {
    }

    /**
     * @param decisionModel the DMN model holding a decision, from the upload or else the latest deployed one
     */
    static void check(ModelFile file, BpmnModelInstance model, Function<String, Optional<DmnModelInstance>> decisionModel,
                      List<ModelFinding> findings) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            propertiesOf(task).ifPresent(decision -> requireLegalBasis(file, task, decision, "the caseworker's decision", findings));
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            var properties = propertiesOf(task);
            if (properties.isEmpty()) {
                continue;
            }
            var decision = properties.get();
            requireLegalBasis(file, task, decision, "the rules' answer", findings);
            var ref = task.getCamundaDecisionRef();
            if (ref == null || ref.contains("${") || ref.contains("#{")) {
                continue;   // reported, or not checkable, by the decision reference's own rule
            }
            decisionModel.apply(ref).flatMap(dmn -> tableOf(dmn, ref))
                    .ifPresent(table -> checkTable(file, task, decision, ref, table, findings));
        }
    }

    private static void requireLegalBasis(ModelFile file, FlowNode task, DecisionTaskProperties decision, String what,
                                          List<ModelFinding> findings) {
        if (decision.legalBasis() == null) {
            findings.add(ModelFinding.error(file.name(), task.getId(), LEGAL_BASIS, "The task decides '" + decision.subject()
                    + "' but names no legal basis: add the property legalBasis with the provision the benefit rests on, e.g. "
                    + "\"barnetrygdloven § 2\", so that " + what + " and the letter name it."));
        }
    }

    private static void checkTable(ModelFile file, BusinessRuleTask task, DecisionTaskProperties decision, String ref,
                                   DecisionTable table, List<ModelFinding> findings) {
        var outputs = table.getOutputs().stream().map(Output::getName).toList();
        int decidedBy = outputs.indexOf("decidedBy");
        int outcome = outputs.indexOf("outcome");
        if (decidedBy < 0 || outcome < 0) {
            findings.add(ModelFinding.error(file.name(), task.getId(), OUTPUTS, "The decision " + ref + " that the task uses to decide '"
                    + decision.subject() + "' must answer outcome (granted, refused or reduced) and decidedBy (rules or caseworker)."));
            return;
        }
        for (Rule rule : table.getRules()) {
            var entries = rule.getOutputEntries().stream().map(entry -> entry.getTextContent().strip()).toList();
            if (entries.size() <= Math.max(decidedBy, outcome) || !RULES.equals(entries.get(decidedBy))) {
                continue;
            }
            if (decision.automationBasis() == null) {
                findings.add(ModelFinding.error(file.name(), task.getId(), AUTOMATION_BASIS, "The rule " + rule.getId() + " of "
                        + ref + " lets the rules decide '" + decision.subject() + "' by themselves, but the task names no "
                        + "automationBasis: add the provision that allows deciding automatically (GDPR art. 22 nr. 2 bokstav b; "
                        + "for Nav, NAV-loven § 4 a), or let a caseworker decide (decidedBy \"caseworker\")."));
                return;
            }
            var answer = entries.get(outcome);
            if (!"\"granted\"".equals(answer)) {
                findings.add(ModelFinding.error(file.name(), task.getId(), REFUSAL_BY_RULES, "The rule " + rule.getId() + " of " + ref
                        + " lets the rules decide '" + decision.subject() + "' as " + (answer.isEmpty() ? "nothing" : answer)
                        + " by themselves; only a grant may be automatic. A refusal or a reduction goes to a caseworker "
                        + "(decidedBy \"caseworker\"), with advance notice where the law asks for it."));
            }
        }
    }

    private static Optional<DecisionTable> tableOf(DmnModelInstance dmn, String decisionId) {
        return dmn.getModelElementsByType(Decision.class).stream()
                .filter(decision -> decisionId.equals(decision.getId()))
                .map(Decision::getExpression)
                .filter(DecisionTable.class::isInstance)
                .map(DecisionTable.class::cast)
                .findFirst();
    }

    private static Optional<DecisionTaskProperties> propertiesOf(FlowNode task) {
        if (task.getExtensionElements() == null) {
            return Optional.empty();
        }
        var properties = new HashMap<String, String>();
        task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .forEach(list -> list.getCamundaProperties().forEach(property -> properties.put(property.getCamundaName(),
                        property.getCamundaValue())));
        return DecisionTaskProperties.of(properties);
    }
}
