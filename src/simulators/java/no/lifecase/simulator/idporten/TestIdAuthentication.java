package no.lifecase.simulator.idporten;

import java.util.List;
import no.lifecase.identity.LevelOfAssurance;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person logged in at the test ID-porten: the synthetic fødselsnummer (the name), the level the tester chose
 * and the language of the login page. Holds only the strings, so it stays serializable in the session.
 */
final class TestIdAuthentication extends AbstractAuthenticationToken {

    private final String pid;
    private final LevelOfAssurance level;
    private final String locale;

    private TestIdAuthentication(String pid, LevelOfAssurance level, String locale, boolean authenticated) {
        super(authenticated ? List.of(new SimpleGrantedAuthority("TESTID")) : List.of());
        this.pid = pid;
        this.level = level;
        this.locale = locale;
        super.setAuthenticated(authenticated);
    }

    /** What the login form sent, not yet checked. */
    static TestIdAuthentication requested(String pid, LevelOfAssurance level, String locale) {
        return new TestIdAuthentication(pid, level, locale, false);
    }

    static TestIdAuthentication loggedIn(String pid, LevelOfAssurance level, String locale) {
        return new TestIdAuthentication(pid, level, locale, true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    /** The fødselsnummer; ID-porten's {@code pid}. */
    @Override
    public Object getPrincipal() {
        return pid;
    }

    @Override
    public String getName() {
        return pid;
    }

    LevelOfAssurance level() {
        return level;
    }

    String locale() {
        return locale;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Use TestIdAuthentication.loggedIn");
        }
        super.setAuthenticated(false);
    }
}
