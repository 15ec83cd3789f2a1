package no.lifecase.simulator.maskinporten;

/** A token request the simulator refuses, as an OAuth2 error code (RFC 6749 §5.2) and a description. */
class GrantRefused extends RuntimeException {

    private final String error;

    GrantRefused(String error, String description) {
        super(description);
        this.error = error;
    }

    static GrantRefused invalidGrant(String description) {
        return new GrantRefused("invalid_grant", description);
    }

    String error() {
        return error;
    }
}
