package no.lifecase.portal;

import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.InvalidIdentityNumber;
import no.lifecase.identity.LevelOfAssurance;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns ID-porten's ID token into a {@link CitizenUser}, after the checks ID-porten leaves to its clients: the
 * {@code acr} must be at least the level the portal asked for (clients MUST validate it), and {@code pid} must be
 * a valid fødselsnummer or D-number. Signature, issuer, audience, expiry and nonce are checked before this runs.
 */
class IdportenUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error codes of a refused login; the login-failed page explains each. */
    static final String INSUFFICIENT_LEVEL = "insufficient_level";
    static final String INVALID_PID = "invalid_pid";

    private final OAuth2UserService<OidcUserRequest, OidcUser> userInfo;
    private final LevelOfAssurance required;

    IdportenUserService(OAuth2UserService<OidcUserRequest, OidcUser> userInfo, LevelOfAssurance required) {
        this.userInfo = userInfo;
        this.required = required;
    }

    IdportenUserService(String requiredAcr) {
        this(new OidcUserService(), LevelOfAssurance.fromAcr(requiredAcr)
                .orElseThrow(() -> new IllegalArgumentException("lifecase.idporten.acr-values is no ID-porten level: " + requiredAcr)));
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var idToken = request.getIdToken();
        var level = levelOf(idToken, required);
        var pid = pidOf(idToken);
        var user = userInfo.loadUser(request);
        var authorities = List.of(new SimpleGrantedAuthority(CitizenUser.CITIZEN), new SimpleGrantedAuthority("LOA_" + level.name()));
        var userInfoPid = user.getUserInfo() == null ? null : user.getUserInfo().getClaimAsString(CitizenUser.PID);
        if (userInfoPid != null && !userInfoPid.equals(pid.value())) {
            // /userinfo must not name somebody else than the ID token does
            throw refused(INVALID_PID, "The pid of /userinfo differs from the ID token's");
        }
        return new CitizenUser(authorities, idToken, user.getUserInfo());
    }

    /** The rule: an {@code acr} that ID-porten issues and that is at least {@code required}; else the login is refused. */
    static LevelOfAssurance levelOf(OidcIdToken idToken, LevelOfAssurance required) {
        var acr = idToken.getClaimAsString("acr");
        var level = LevelOfAssurance.fromAcr(acr)
                .orElseThrow(() -> refused(INSUFFICIENT_LEVEL, "The ID token's acr is missing or unknown"));
        if (!level.isAtLeast(required)) {
            throw refused(INSUFFICIENT_LEVEL, "Logged in at " + level.acr() + ", at least " + required.acr() + " is required");
        }
        return level;
    }

    static Fodselsnummer pidOf(OidcIdToken idToken) {
        try {
            return Fodselsnummer.parse(idToken.getClaimAsString(CitizenUser.PID), CitizenUser.PID);
        } catch (InvalidIdentityNumber e) {
            throw refused(INVALID_PID, "The ID token has no valid pid");
        }
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
