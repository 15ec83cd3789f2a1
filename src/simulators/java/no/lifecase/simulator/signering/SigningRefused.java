package no.lifecase.simulator.signering;

import org.springframework.http.HttpStatus;

/** A request the simulated signing service refuses, with the status and the field the caller can act on. */
class SigningRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    SigningRefused(HttpStatus status, String field, String problem) {
        super(problem);
        this.status = status;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
