package no.lifecase.portal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The simple FEEL conditions of Camunda Forms the portal decides on the server, without JavaScript: comparisons of a
 * field with a text, {@code null}, {@code true} or {@code false}, joined by {@code or} or by {@code and}, as in
 * {@code =choice = "decline" or choice = null}. Anything else is not decided (empty).
 */
final class Condition {

    private static final Pattern COMPARISON = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(\"[^\"]*\"|null|true|false)\\s*$");

    private Condition() {
    }

    /** Whether the condition is true for these answers; empty if it is not one the portal decides. */
    static Optional<Boolean> hidden(String expression, MultiValueMap<String, String> answers) {
        if (expression == null || !expression.startsWith("=")) {
            return Optional.empty();
        }
        String body = expression.substring(1);
        boolean or = body.contains(" or ");
        boolean and = body.contains(" and ");
        if (or && and) {
            return Optional.empty();
        }
        List<String> clauses = List.of(body.split(or ? " or " : " and "));
        Boolean result = null;
        for (String clause : clauses) {
            var matcher = COMPARISON.matcher(clause);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String answer = answers.getOrDefault(matcher.group(1), List.of()).stream().filter(value -> !value.isEmpty()).findFirst().orElse(null);
            String literal = matcher.group(3);
            String expected = "null".equals(literal) ? null : literal.startsWith("\"") ? literal.substring(1, literal.length() - 1) : literal;
            boolean equal = expected == null ? answer == null : expected.equals(answer);
            boolean value = "=".equals(matcher.group(2)) == equal;
            result = result == null ? value : or ? result || value : result && value;
        }
        return Optional.ofNullable(result);
    }
}
