package no.lifecase.casefile;

/** A request field the caller can correct. The message says what is wrong without echoing personal data. */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
