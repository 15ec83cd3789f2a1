package no.lifecase.configuration;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;

/**
 * What an operator reads when a {@code lifecase.*} setting breaks its rules at start-up (ADR 0040): each property as
 * application.yml writes it ({@code lifecase.registers.krr.base-url}, where Spring Boot's own report says
 * {@code lifecase.registers[krr].baseUrl}), why, and where it was set. The value itself is left out: it may be a
 * secret or a private key. Settings outside {@code lifecase.*} keep Spring Boot's report.
 */
public class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> implements Ordered {

    private static final String PREFIX = "lifecase";
    /** A map key inside brackets, such as {@code [krr]}; list indexes ({@code [0]}) keep their brackets. */
    private static final Pattern MAP_KEY = Pattern.compile("\\[([a-zA-Z][\\w-]*)]");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        var errors = cause.getValidationErrors();
        var name = errors.getName().toString();
        if (!name.equals(PREFIX) && !name.startsWith(PREFIX + ".")) {
            return null;
        }
        var description = new StringBuilder("Lifecase's settings break their rules:\n");
        for (var error : errors) {
            description.append("\n    ");
            if (error instanceof FieldError field) {
                description.append(propertyName(name, field.getField())).append(": ");
            }
            description.append(error.getDefaultMessage());
            var origin = Origin.from(error);
            if (origin != null) {
                description.append(" (set in ").append(origin).append(')');
            }
        }
        return new FailureAnalysis(description.toString(),
                "Correct each property named above in application.yml, its profile's file or the environment.", cause);
    }

    /** {@code lifecase} and {@code registers[krr].baseUrl} make {@code lifecase.registers.krr.base-url}. */
    static String propertyName(String prefix, String field) {
        return prefix + "." + MAP_KEY.matcher(DataObjectPropertyName.toDashedForm(field)).replaceAll(".$1");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;   // before Spring Boot's report of the same failure, which prints the values
    }
}
