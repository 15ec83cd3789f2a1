package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class PortalSecurityTest {

    @Test
    void the_content_security_policy_allows_no_inline_script_and_lets_logout_reach_id_porten() {
        var production = PortalSecurity.contentSecurityPolicy("https://login.idporten.no/logout");
        var embedded = PortalSecurity.contentSecurityPolicy("http://localhost:${local.server.port}/idporten/logout");

        assertThat(production).contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self' https://login.idporten.no;")
                .doesNotContain("unsafe");
        assertThat(embedded).contains("form-action 'self';");
    }

    @Test
    void a_refused_login_names_its_reason_in_words_the_page_knows() {
        assertThat(LoginFailure.reasonOf(new OAuth2AuthenticationException(new OAuth2Error(IdportenUserService.INSUFFICIENT_LEVEL))))
                .isEqualTo("level");
        assertThat(LoginFailure.reasonOf(new OAuth2AuthenticationException(new OAuth2Error(IdportenUserService.INVALID_PID))))
                .isEqualTo("identity");
        assertThat(LoginFailure.reasonOf(new OAuth2AuthenticationException(new OAuth2Error("access_denied")))).isEqualTo("cancelled");
        assertThat(LoginFailure.reasonOf(new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response")))).isEqualTo("error");
        assertThat(LoginFailure.reasonOf(new BadCredentialsException("x"))).isEqualTo("error");
    }
}
