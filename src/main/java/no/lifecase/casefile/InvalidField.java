package no.lifecase.casefile;

import java.util.Optional;

/**
 * A request field the caller can correct. The message says what is wrong without echoing personal data. A field refused
 * with a code can be said in the reader's language, where the API has texts for it (docs/adr/0059).
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public InvalidField(String field, String message) {
        this(field, message, null);
    }

    public InvalidField(String field, String message, String code, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** What is wrong, as a key for a text in another language; empty for a field refused in English only. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
