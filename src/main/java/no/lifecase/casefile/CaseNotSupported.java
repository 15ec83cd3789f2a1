package no.lifecase.casefile;

/**
 * The request is understood, but the case is not opened: the register does not show what the life event needs, or
 * the life event is not one the case API opens. The message names no personal identity number.
 */
public class CaseNotSupported extends RuntimeException {

    private final String field;
    private final String register;

    /** @param register the register whose answer refused the case, or null when no register was asked */
    public CaseNotSupported(String field, String reason, String register) {
        super(reason);
        this.field = field;
        this.register = register;
    }

    public String field() {
        return field;
    }

    public String register() {
        return register;
    }
}
