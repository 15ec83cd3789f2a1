package no.lifecase.decision;

/**
 * One fact a decision rested on: the DMN input's name, its label, the value it had and the register (or other source)
 * it came from, as the label names it in parentheses (docs/adr/0055); the register is null where the label names none.
 */
public record DecisionInput(String name, String label, Object value, String register) {

    /**
     * The label and register of a DMN input label written as {@code "Does the child have a D-number? (Folkeregisteret)"}:
     * the text in the last parentheses is the register.
     */
    static DecisionInput fromLabel(String name, String label, Object value) {
        if (label != null) {
            var trimmed = label.strip();
            int open = trimmed.lastIndexOf('(');
            if (trimmed.endsWith(")") && open > 0) {
                return new DecisionInput(name, trimmed.substring(0, open).strip(), value,
                        trimmed.substring(open + 1, trimmed.length() - 1).strip());
            }
        }
        return new DecisionInput(name, label == null ? name : label.strip(), value, null);
    }
}
