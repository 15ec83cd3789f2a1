package no.lifecase.simulator.idporten;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import no.lifecase.identity.LevelOfAssurance;
import org.springframework.security.core.context.SecurityContext;

/**
 * Who is logged in at the test ID-porten in this browser, for the other simulated services that, like the real ones,
 * let ID-porten authenticate their users (the signing service, docs/adr/0062). ID-porten's single sign-on session is
 * the browser's session here, under the test ID-porten's own key.
 */
public final class TestIdportenLogins {

    static final String SESSION_KEY = "LIFECASE_TEST_IDPORTEN_SECURITY_CONTEXT";

    /** @param pid the fødselsnummer the person logged in with */
    public record TestIdportenLogin(String pid, LevelOfAssurance level) {
    }

    private TestIdportenLogins() {
    }

    public static Optional<TestIdportenLogin> of(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof SecurityContext context)) {
            return Optional.empty();
        }
        return context.getAuthentication() instanceof TestIdAuthentication login && login.isAuthenticated()
                ? Optional.of(new TestIdportenLogin(login.getName(), login.level()))
                : Optional.empty();
    }
}
