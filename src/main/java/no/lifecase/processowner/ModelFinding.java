package no.lifecase.processowner;

import org.springframework.lang.Nullable;

/**
 * One thing the validation found in an uploaded model or form.
 *
 * @param file      the uploaded file's name
 * @param elementId the element it concerns (null for the file as a whole)
 * @param severity  {@link Severity#ERROR} stops the deployment, {@link Severity#WARNING} does not
 * @param rule      a short, stable name of the rule (for example {@code generated-id})
 * @param message   what is wrong, in plain language
 */
public record ModelFinding(String file, @Nullable String elementId, Severity severity, String rule, String message) {

    public enum Severity { ERROR, WARNING }

    static ModelFinding error(String file, String elementId, String rule, String message) {
        return new ModelFinding(file, elementId, Severity.ERROR, rule, message);
    }

    static ModelFinding warning(String file, String elementId, String rule, String message) {
        return new ModelFinding(file, elementId, Severity.WARNING, rule, message);
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }
}
