package no.lifecase.casefile;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The agency a step of a model is done by or for, as the model names it: a fixed id ({@code nav}, {@code ${'nav'}}) or
 * a process variable ({@code ${navAgency}}). Any other expression names no agency the timeline can show.
 */
record StepAgency(String fixed, String variable) {

    static final StepAgency NONE = new StepAgency(null, null);

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern LITERAL = Pattern.compile("\\$\\{'([\\w-]+)'}");

    static StepAgency ofExpression(String expression) {
        if (expression == null || expression.isBlank()) {
            return NONE;
        }
        var text = expression.strip();
        if (!text.contains("${") && !text.contains("#{")) {
            return new StepAgency(text, null);
        }
        var literal = LITERAL.matcher(text);
        if (literal.matches()) {
            return new StepAgency(literal.group(1), null);
        }
        var variable = VARIABLE.matcher(text);
        return variable.matches() ? new StepAgency(null, variable.group(1)) : NONE;
    }

    static StepAgency ofVariable(String name) {
        return name == null || name.isBlank() ? NONE : new StepAgency(null, name.strip());
    }

    /** The agency id for this execution; null if the model names none or the variable holds no text. */
    String in(VariableScope scope) {
        if (fixed != null) {
            return fixed;
        }
        return variable != null && scope.getVariable(variable) instanceof String id ? id : null;
    }
}
