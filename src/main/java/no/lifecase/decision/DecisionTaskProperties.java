package no.lifecase.decision;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a model says about a decision on one of its tasks, in {@code <camunda:properties>} (docs/adr/0055): the
 * subject it decides, the provision the benefit rests on and, where the rules may decide alone, the provision that
 * allows deciding automatically.
 */
public record DecisionTaskProperties(String subject, String legalBasis, String automationBasis) {

    public static final String DECISION = "decision";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String AUTOMATION_BASIS = "automationBasis";

    /** The decision properties of a parsed task; empty when the task decides nothing. */
    static Optional<DecisionTaskProperties> of(Element task) {
        return of(BpmnParseUtil.parseCamundaExtensionProperties(task));
    }

    /** The decision properties among a task's extension properties; empty when they name no subject. */
    public static Optional<DecisionTaskProperties> of(Map<String, String> properties) {
        if (properties == null || blank(properties.get(DECISION))) {
            return Optional.empty();
        }
        return Optional.of(new DecisionTaskProperties(properties.get(DECISION).strip(), stripped(properties.get(LEGAL_BASIS)),
                stripped(properties.get(AUTOMATION_BASIS))));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripped(String value) {
        return blank(value) ? null : value.strip();
    }
}
