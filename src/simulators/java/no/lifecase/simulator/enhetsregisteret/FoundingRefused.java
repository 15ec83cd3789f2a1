package no.lifecase.simulator.enhetsregisteret;

/** A scenario asked to found an organisation the simulation cannot make, e.g. with a founder who does not exist. */
public class FoundingRefused extends RuntimeException {

    private final String field;

    public FoundingRefused(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
