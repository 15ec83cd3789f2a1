package no.lifecase.signing;

/** A signed PDF whose signatures do not hold: changed after signing, signed by someone not trusted, or not signed. */
public class SignatureRefused extends RuntimeException {

    public SignatureRefused(String reason) {
        super(reason);
    }

    public SignatureRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
