package no.lifecase.register.maskinporten;

import org.springframework.http.HttpStatusCode;

/**
 * No token from Maskinporten, so no register call. The message names Maskinporten and what went wrong,
 * never the grant or a token, since it ends up in logs and in the engine's incidents.
 */
public class MaskinportenUnavailable extends RuntimeException {

    MaskinportenUnavailable(String problem, Throwable cause) {
        super("Maskinporten is unavailable: " + problem, cause);
    }

    static MaskinportenUnavailable answered(HttpStatusCode status) {
        return new MaskinportenUnavailable("the token endpoint answered HTTP " + status.value(), null);
    }
}
