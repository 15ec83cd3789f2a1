package no.lifecase.decision;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import no.lifecase.agency.documents.Decision;

/**
 * A decision as recorded on a case (docs/adr/0055).
 *
 * @param decidedBy        the agency id of a caseworker's decision; null when the rules answered
 * @param caseworker       the staff user id of a caseworker's decision; never shown to the citizen
 * @param rule             the DMN decision key of the rules' answer, with {@code ruleVersion} of the deployed definition
 * @param matchedRules     the descriptions of the rules that matched
 * @param reason           the rules' short key for why a caseworker must decide ({@code reason} output), if any
 * @param reasons          the reasons a citizen reads: the matched rules, or the caseworker's own words
 * @param automationBasis  for an automatic decision, the provision that allows deciding automatically
 * @param recommendationId for a caseworker's decision, the recommendation it had in view
 */
public record RecordedDecision(String id, String caseRef, String processInstanceId, String subject, DecisionKind kind,
                               String outcome, String decidedBy, String caseworker, String rule, Integer ruleVersion,
                               List<String> matchedRules, List<DecisionInput> inputs, Map<String, Object> outputs,
                               String reason, String reasons, String legalBasis, String automationBasis, String taskId,
                               String recommendationId, Instant decidedAt) {

    public RecordedDecision {
        matchedRules = List.copyOf(matchedRules);
        inputs = List.copyOf(inputs);
        outputs = outputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public boolean automatic() {
        return kind == DecisionKind.AUTOMATIC;
    }

    /**
     * The facts a decision letter names (docs/adr/0054): each input that has a value and came from a register, under the
     * letter's key that {@code factKey} gives for the input's name; an input it gives no key for stays out of the letter.
     */
    public List<Decision.Fact> letterFacts(UnaryOperator<String> factKey) {
        return inputs.stream()
                .filter(input -> input.value() != null && input.registerKey() != null && factKey.apply(input.name()) != null)
                .map(input -> new Decision.Fact(Objects.requireNonNull(factKey.apply(input.name())), input.value(), input.registerKey()))
                .toList();
    }
}
