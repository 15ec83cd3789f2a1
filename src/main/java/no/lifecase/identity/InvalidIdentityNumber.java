package no.lifecase.identity;

/**
 * Thrown when a fødselsnummer, D-number or organisasjonsnummer fails validation.
 *
 * <p>The message names the input field and the problem, never the number itself: a rejected number is
 * still personal data, and exception messages end up in logs and HTTP responses.
 */
public class InvalidIdentityNumber extends RuntimeException {

    static final String DEFAULT_FIELD = "identityNumber";

    private final String field;
    private final String problem;

    /**
     * @param field   the input field the number came from, e.g. "subject"; null or blank means {@value #DEFAULT_FIELD}
     * @param problem what is wrong, phrased to follow the field name, e.g. "must be 11 digits"
     */
    public InvalidIdentityNumber(String field, String problem) {
        super(fieldOrDefault(field) + " " + problem);
        this.field = fieldOrDefault(field);
        this.problem = problem;
    }

    /** The input field the rejected number came from. */
    public String field() {
        return field;
    }

    /** What is wrong, phrased to follow a field's name, e.g. "has invalid check digits". */
    public String problem() {
        return problem;
    }

    private static String fieldOrDefault(String field) {
        return field == null || field.isBlank() ? DEFAULT_FIELD : field;
    }
}
