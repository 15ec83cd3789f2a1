package no.lifecase.simulator.domstol;

import org.springframework.http.HttpStatus;

/** A scenario asked for a death case the courts would not have, e.g. uskifte without a surviving spouse. */
public class EstateScenarioRefused extends RuntimeException {

    private final String field;
    private final HttpStatus status;

    public EstateScenarioRefused(HttpStatus status, String field, String problem) {
        super(field + " " + problem);
        this.status = status;
        this.field = field;
    }

    public String field() {
        return field;
    }

    public HttpStatus status() {
        return status;
    }
}
