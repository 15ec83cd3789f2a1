package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.identity.LevelOfAssurance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The rule ID-porten leaves to its clients: the level in the ID token must be at least the one asked for. */
class IdportenUserServiceTest {

    private static final String PID = "03851598730";

    @SuppressWarnings("unchecked")
    private final OAuth2UserService<OidcUserRequest, OidcUser> userInfo = mock(OAuth2UserService.class);
    private final IdportenUserService service = new IdportenUserService(userInfo, LevelOfAssurance.SUBSTANTIAL);

    @ParameterizedTest
    @ValueSource(strings = {"idporten-loa-substantial", "idporten-loa-high"})
    void substantial_and_high_are_let_in_with_the_pid_as_the_name(String acr) {
        var idToken = idToken(Map.of("acr", acr, "pid", PID));
        when(userInfo.loadUser(any())).thenReturn(new DefaultOidcUser(List.of(), idToken,
                new OidcUserInfo(Map.of("sub", idToken.getSubject(), "pid", PID)), "pid"));

        var citizen = (CitizenUser) service.loadUser(request(idToken));

        assertThat(citizen.getName()).isEqualTo(PID);
        assertThat(citizen.fodselsnummer().value()).isEqualTo(PID);
        assertThat(citizen.level().acr()).isEqualTo(acr);
        assertThat(citizen.getAuthorities()).extracting(Object::toString).contains(CitizenUser.CITIZEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"idporten-loa-low", "Level3", "Level4", "", "idporten-loa-substantial "})
    void a_low_old_or_unknown_level_is_refused_before_userinfo_is_asked(String acr) {
        var idToken = idToken(Map.of("acr", acr, "pid", PID));

        assertThatThrownBy(() -> service.loadUser(request(idToken)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e ->
                        assertThat(e.getError().getErrorCode()).isEqualTo(IdportenUserService.INSUFFICIENT_LEVEL));
        verify(userInfo, never()).loadUser(any());
    }

    @Test
    void a_missing_level_is_refused() {
        var idToken = idToken(Map.of("pid", PID));

        assertThatThrownBy(() -> service.loadUser(request(idToken)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e ->
                        assertThat(e.getError().getErrorCode()).isEqualTo(IdportenUserService.INSUFFICIENT_LEVEL));
    }

    @Test
    void high_can_be_required_and_then_substantial_is_refused() {
        assertThat(IdportenUserService.levelOf(idToken(Map.of("acr", "idporten-loa-high", "pid", PID)), LevelOfAssurance.HIGH))
                .isEqualTo(LevelOfAssurance.HIGH);
        assertThatThrownBy(() -> IdportenUserService.levelOf(idToken(Map.of("acr", "idporten-loa-substantial", "pid", PID)),
                LevelOfAssurance.HIGH)).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0385159873", "03851598731"})
    void a_missing_or_invalid_pid_is_refused_without_echoing_it(String pid) {
        var claims = new HashMap<String, Object>(Map.of("acr", "idporten-loa-high"));
        if (!pid.isEmpty()) {
            claims.put("pid", pid);
        }

        assertThatThrownBy(() -> service.loadUser(request(idToken(claims))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(IdportenUserService.INVALID_PID);
                    assertThat(e.getMessage()).doesNotContain("0385159873");
                });
    }

    @Test
    void userinfo_naming_someone_else_is_refused() {
        var idToken = idToken(Map.of("acr", "idporten-loa-substantial", "pid", PID));
        when(userInfo.loadUser(any())).thenReturn(new DefaultOidcUser(List.of(), idToken,
                new OidcUserInfo(Map.of("sub", idToken.getSubject(), "pid", "30908299902")), "pid"));

        assertThatThrownBy(() -> service.loadUser(request(idToken)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e ->
                        assertThat(e.getError().getErrorCode()).isEqualTo(IdportenUserService.INVALID_PID));
    }

    @Test
    void the_configured_level_must_be_an_id_porten_level() {
        assertThat(new IdportenUserService("idporten-loa-high")).isNotNull();
        assertThatThrownBy(() -> new IdportenUserService("Level3")).isInstanceOf(IllegalArgumentException.class);
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        var now = Instant.now();
        var all = new HashMap<String, Object>(claims);
        all.put("sub", "pairwise-subject");
        all.put("iss", "https://idporten.no");
        return new OidcIdToken("token-value", now, now.plusSeconds(120), all);
    }

    private static OidcUserRequest request(OidcIdToken idToken) {
        var registration = ClientRegistration.withRegistrationId("idporten").clientId("portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/min-side/login/oauth2/code/{registrationId}")
                .authorizationUri("https://login.idporten.no/authorize").tokenUri("https://idporten.no/token")
                .userNameAttributeName("pid").build();
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", Instant.now(), Instant.now().plusSeconds(60));
        return new OidcUserRequest(registration, accessToken, idToken);
    }
}
