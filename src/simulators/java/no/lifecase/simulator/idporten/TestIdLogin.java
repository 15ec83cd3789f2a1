package no.lifecase.simulator.idporten;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.InvalidIdentityNumber;
import no.lifecase.identity.LevelOfAssurance;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The POST of the TestID login form: the tester says who they are ({@code pid}, or a number typed in
 * {@code otherPid}) and at which level they logged in. Nothing is proved, which is the point of TestID.
 */
final class TestIdLogin extends AbstractAuthenticationProcessingFilter {

    TestIdLogin(RequestMatcher loginPost, TestPersons persons) {
        super(loginPost, new ProviderManager(new Check(persons)));
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        var typed = request.getParameter("otherPid");
        var pid = StringUtils.hasText(typed) ? typed : request.getParameter("pid");
        var level = LevelOfAssurance.fromAcr(request.getParameter("level")).orElse(null);
        var locale = "en".equals(request.getParameter("locale")) ? "en" : "nb";
        return getAuthenticationManager().authenticate(TestIdAuthentication.requested(pid, level, locale));
    }

    /** A valid fødselsnummer or D-number that the test population accepts, and a known level. */
    private record Check(TestPersons persons) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            var requested = (TestIdAuthentication) authentication;
            Fodselsnummer pid;
            try {
                pid = Fodselsnummer.parse(requested.getName(), "pid");
            } catch (InvalidIdentityNumber e) {
                throw new BadCredentialsException("Not a valid fødselsnummer");
            }
            if (!persons.accepts(pid) || requested.level() == null) {
                throw new BadCredentialsException("Unknown test person or level");
            }
            return TestIdAuthentication.loggedIn(pid.value(), requested.level(), requested.locale());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return TestIdAuthentication.class.isAssignableFrom(authentication);
        }
    }
}
