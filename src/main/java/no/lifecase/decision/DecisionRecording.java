package no.lifecase.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLiteralExpressionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records every decision the models make, so that none is made without a trace on the case (docs/adr/0055):
 * <ul>
 *   <li>a business rule task with the property {@code decision}: the DMN result, with its inputs (label and register),
 *       the rules that matched and the version of the deployed decision, as an AUTOMATIC decision when the rules
 *       decide by themselves ({@code decidedBy = rules}, a grant, and the task names its {@code automationBasis}),
 *       otherwise as a RECOMMENDATION for the caseworker;</li>
 *   <li>a user task with the property {@code decision}: the caseworker's decision on completion ({@code
 *       decisionOutcome}, {@code decisionReasons}), with the task's agency and the recommendation it had in view.</li>
 * </ul>
 * The listeners are built-in ones and run in the engine's transaction: the decision exists exactly when the step
 * that made it happened, also when an operator skips custom listeners.
 */
@Component
class DecisionRecording extends AbstractProcessEnginePlugin {

    static final String RULES = "rules";
    static final String OUTCOME = "outcome";
    static final String DECIDED_BY = "decidedBy";
    static final String REASON = "reason";
    static final String DECISION_OUTCOME = "decisionOutcome";
    static final String DECISION_REASONS = "decisionReasons";

    private static final Logger log = LoggerFactory.getLogger(DecisionRecording.class);

    private final CaseDecisions decisions;
    private final AgencyCatalogue agencies;
    private final Clock clock;
    private final EvaluatedDecisions evaluated = new EvaluatedDecisions();
    /** Per deployed decision definition: rule id to description, input id to expression. */
    private final Map<String, Map<String, String>> modelTexts = new ConcurrentHashMap<>();

    DecisionRecording(CaseDecisions decisions, AgencyCatalogue agencies, Clock clock) {
        this.decisions = decisions;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
        var dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        var listeners = new ArrayList<>(dmn.getCustomPostDecisionEvaluationListeners());
        listeners.add(evaluated);
        dmn.setCustomPostDecisionEvaluationListeners(listeners);
    }

    private void rulesAnswered(DelegateExecution execution, DecisionTaskProperties task) {
        var event = evaluated.take().orElseThrow(() -> new ProcessEngineException(
                "The business rule task " + execution.getCurrentActivityId() + " decides '" + task.subject()
                        + "' but evaluated no DMN decision"));
        var root = event.getDecisionResult();
        var definition = root.getDecision() instanceof DecisionDefinition deployed ? deployed : null;
        var texts = definition == null ? Map.<String, String>of() : modelTexts(execution, definition.getId());

        var inputs = new ArrayList<DecisionInput>();
        var matched = new ArrayList<String>();
        var outputs = new LinkedHashMap<String, Object>();
        if (root instanceof DmnDecisionTableEvaluationEvent table) {
            table.getInputs().forEach(input -> inputs.add(DecisionInput.fromLabel(
                    texts.getOrDefault("input:" + input.getId(), input.getId()), input.getName(), plain(input.getValue()))));
            for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
                matched.add(texts.getOrDefault("rule:" + rule.getId(), rule.getId()));
                rule.getOutputEntries().values().forEach(output -> outputs.putIfAbsent(output.getOutputName(), plain(output.getValue())));
            }
        }
        for (DmnDecisionLogicEvaluationEvent required : event.getRequiredDecisionResults()) {
            if (required instanceof DmnDecisionLiteralExpressionEvaluationEvent literal) {
                inputs.add(new DecisionInput(literal.getOutputName(), required.getDecision().getName(),
                        plain(literal.getOutputValue()), null));
            }
        }

        var outcome = DecisionOutcome.of(outputs.get(OUTCOME)).orElse(null);
        var automatic = RULES.equals(outputs.get(DECIDED_BY)) && DecisionOutcome.GRANTED.equals(outcome);
        if (automatic && task.automationBasis() == null) {
            // The models API refuses such a model; one that slipped through is never an automated decision.
            log.warn("Business rule task {} lets the rules decide '{}' but names no automationBasis: recorded as a recommendation",
                    execution.getCurrentActivityId(), task.subject());
            automatic = false;
        }
        var reason = outputs.get(REASON) instanceof String key ? key : null;
        var decision = new RecordedDecision(UUID.randomUUID().toString(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(), task.subject(),
                automatic ? DecisionKind.AUTOMATIC : DecisionKind.RECOMMENDATION, outcome, null, null,
                definition == null ? root.getDecision().getKey() : definition.getKey(),
                definition == null ? null : definition.getVersion(), matched, inputs, outputs, reason, String.join(" ", matched),
                legalBasis(task, execution.getCurrentActivityId()), automatic ? task.automationBasis() : null, null, null,
                clock.instant());
        decisions.record(decision);
        log.info("Case {}: {} on '{}' by rule {} v{}: {}", decision.caseRef(), decision.kind(), decision.subject(),
                decision.rule(), decision.ruleVersion(), outcome == null ? "no outcome" : outcome);
    }

    private void caseworkerDecided(DelegateTask task, DecisionTaskProperties properties) {
        var caseRef = task.getExecution().getProcessBusinessKey();
        var outcome = DecisionOutcome.of(task.getVariable(DECISION_OUTCOME)).orElseThrow(() -> new ProcessEngineException(
                "The task " + task.getTaskDefinitionKey() + " decides '" + properties.subject()
                        + "': its form must give decisionOutcome granted, refused or reduced"));
        var agency = agencies.agencyOf(task).map(Agency::id).orElseThrow(() -> new ProcessEngineException(
                "The task " + task.getTaskDefinitionKey() + " decides '" + properties.subject() + "' but belongs to no agency"));
        var recommendation = decisions.latestRecommendation(caseRef, properties.subject());
        var reasons = task.getVariable(DECISION_REASONS) instanceof String text && !text.isBlank() ? text.strip() : null;
        var decision = new RecordedDecision(UUID.randomUUID().toString(), caseRef, task.getProcessInstanceId(),
                properties.subject(), DecisionKind.CASEWORKER, outcome, agency, caseworker(task), null, null, List.of(),
                recommendation.map(RecordedDecision::inputs).orElse(List.of()), Map.of(), null, reasons,
                legalBasis(properties, task.getTaskDefinitionKey()), null, task.getId(),
                recommendation.map(RecordedDecision::id).orElse(null), clock.instant());
        decisions.record(decision);
        log.info("Case {}: {} decided '{}': {}", caseRef, agency, properties.subject(), outcome);
    }

    private static String legalBasis(DecisionTaskProperties task, String elementId) {
        if (task.legalBasis() == null) {
            throw new ProcessEngineException("The task " + elementId + " decides '" + task.subject() + "' but names no legalBasis");
        }
        return task.legalBasis();
    }

    /** The staff user who completed the task: the signed-in user of the request, else the assignee. */
    private static String caseworker(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
    }

    /** The rule descriptions and input expressions of a deployed decision, read once from its model. */
    private Map<String, String> modelTexts(DelegateExecution execution, String definitionId) {
        return modelTexts.computeIfAbsent(definitionId, id -> {
            var model = execution.getProcessEngineServices().getRepositoryService().getDmnModelInstance(id);
            var texts = new ConcurrentHashMap<String, String>();
            model.getModelElementsByType(Rule.class).forEach(rule -> Optional.ofNullable(rule.getDescription())
                    .map(description -> description.getTextContent().strip()).filter(text -> !text.isEmpty())
                    .ifPresent(text -> texts.put("rule:" + rule.getId(), text)));
            model.getModelElementsByType(Input.class).forEach(input -> Optional.ofNullable(input.getInputExpression())
                    .map(expression -> expression.getText()).map(text -> text.getTextContent().strip())
                    .filter(text -> !text.isEmpty())
                    .ifPresent(text -> texts.put("input:" + input.getId(), text)));
            return texts;
        });
    }

    private static Object plain(TypedValue value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        var plain = value.getValue();
        return plain instanceof String || plain instanceof Number || plain instanceof Boolean ? plain : String.valueOf(plain);
    }

    private class ParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            DecisionTaskProperties.of(element).ifPresent(task -> {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> evaluated.expect());
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                    if (!execution.isCanceled()) {
                        rulesAnswered(execution, task);
                    }
                });
            });
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            DecisionTaskProperties.of(element).ifPresent(properties -> ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> caseworkerDecided(task, properties)));
        }
    }
}
