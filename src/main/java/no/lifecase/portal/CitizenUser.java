package no.lifecase.portal;

import java.util.Collection;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.LevelOfAssurance;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A citizen logged in with ID-porten. The name is the {@code pid} claim, the fødselsnummer or D-number; ID-porten's
 * {@code sub} differs per client and is not used. Only strings are kept, so the user stays serializable in the session.
 */
public class CitizenUser extends DefaultOidcUser {

    /** ID-porten's claim with the person's fødselsnummer or D-number. */
    public static final String PID = "pid";
    /** The authority every logged-in citizen has. */
    public static final String CITIZEN = "CITIZEN";

    CitizenUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, PID);
    }

    public Fodselsnummer fodselsnummer() {
        return Fodselsnummer.parse(getName());
    }

    public LevelOfAssurance level() {
        return LevelOfAssurance.fromAcr(getIdToken().getClaimAsString("acr")).orElseThrow();
    }
}
