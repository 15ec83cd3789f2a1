package no.lifecase.apidescription;

import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;

/** How callers of Lifecase's API log in, as the OpenAPI description names it. */
final class ApiSecurity {

    static final String CITIZEN_SESSION = "citizenSession";
    static final String STAFF_BASIC = "staffBasic";

    private ApiSecurity() {
    }

    static Map<String, SecurityScheme> schemes() {
        return Map.of(
                CITIZEN_SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                        .description("The portal's session after logging in with ID-porten at /min-side. Requests that change "
                                + "something also need the session's CSRF token in the X-CSRF-TOKEN header."),
                STAFF_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A staff user of the engine (the same users as Cockpit and Tasklist)"));
    }
}
