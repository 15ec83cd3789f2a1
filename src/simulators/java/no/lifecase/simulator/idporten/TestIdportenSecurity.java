package no.lifecase.simulator.idporten;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import no.lifecase.security.FilterChainOrder;
import no.lifecase.simulator.SigningKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The test ID-porten: a real OpenID Connect provider (Spring Authorization Server) under {@code /idporten}, with
 * ID-porten's endpoint names, claims ({@code pid}, {@code acr}, {@code amr}, {@code locale}, a pairwise
 * {@code sub}) and PKCE requirement, and a TestID login page instead of BankID or MinID.
 *
 * <p>Its issuer is {@code <lifecase.public-url>/idporten}, taken from each request (which the public-address filter
 * makes a request to the public address, whatever its {@code Host}), so it needs no port at start-up.
 * It shares the HTTP session with the portal when both run in one application, so it keeps its login and its saved
 * request under session keys of its own: logging in here does not log anybody into the portal.
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulators")
@EnableConfigurationProperties(TestIdportenProperties.class)
class TestIdportenSecurity {

    static final String PREFIX = "/idporten";
    static final String LOGIN_PAGE = PREFIX + "/login";
    static final String AMR_TESTID = "TestID";

    @Bean
    @Order(FilterChainOrder.TEST_IDPORTEN)
    SecurityFilterChain testIdporten(HttpSecurity http, TestIdportenProperties properties, Environment environment,
                                     TestPersons persons) throws Exception {
        var signingKey = SigningKey.makeInBackground();
        // Asked for at the first token or key request, by when the key made in the background is long ready.
        JWKSource<SecurityContext> keys = (selector, context) -> selector.select(new JWKSet(signingKey.get()));
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(TestIdportenLogins.SESSION_KEY);
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setSessionAttrName("LIFECASE_TEST_IDPORTEN_SAVED_REQUEST");

        var login = new TestIdLogin(path(HttpMethod.POST, LOGIN_PAGE), persons);
        login.setSecurityContextRepository(contexts);
        login.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setRequestCache(savedRequests);
        success.setDefaultTargetUrl(LOGIN_PAGE + "?done");
        login.setAuthenticationSuccessHandler(success);
        login.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error"));

        var authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        // The keys are this chain's own, not a bean: /jwks.json publishes them from here.
        http.setSharedObject(JWKSource.class, keys);
        return http.securityMatcher(path(PREFIX + "/**"))
                .with(authorizationServer, server -> server
                        .registeredClientRepository(new TestIdportenClients(properties, environment))
                        .authorizationService(new SynchronizedAuthorizations())
                        .authorizationServerSettings(settings())
                        .tokenGenerator(tokenGenerator(keys))
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(userInfo()))))
                // Access tokens for /userinfo are checked against our own key, not a decoder bean of the application.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(keys))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(HttpMethod.GET, LOGIN_PAGE)).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(login, UsernamePasswordAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), path(PREFIX + "/authorize")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
                                        + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** ID-porten's endpoint names. Allowing "multiple issuers" makes the issuer the request's address plus /idporten. */
    private static AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder()
                .multipleIssuersAllowed(true)
                .authorizationEndpoint("/authorize")
                .pushedAuthorizationRequestEndpoint("/par")
                .tokenEndpoint("/token")
                .jwkSetEndpoint("/jwks.json")
                .oidcUserInfoEndpoint("/userinfo")
                .oidcLogoutEndpoint("/logout")
                .tokenRevocationEndpoint("/revoke")
                .tokenIntrospectionEndpoint("/tokeninfo")
                .deviceAuthorizationEndpoint("/device_authorization")
                .deviceVerificationEndpoint("/device_verification")
                .oidcClientRegistrationEndpoint("/connect/register")
                .build();
    }

    private static OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> keys) {
        var jwts = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwts.setJwtCustomizer(idportenClaims());
        return new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator());
    }

    /** The claims ID-porten puts in its tokens, from what the tester chose on the login page. */
    static OAuth2TokenCustomizer<JwtEncodingContext> idportenClaims() {
        return context -> {
            if (!(context.getPrincipal() instanceof TestIdAuthentication person)) {
                return;
            }
            var claims = context.getClaims();
            claims.subject(pairwiseSubject(context.getRegisteredClient().getClientId(), person.getName()));
            claims.claim("pid", person.getName());
            claims.claim("acr", person.level().acr());
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                claims.claim("amr", List.of(AMR_TESTID));
                claims.claim("locale", person.locale());
            } else {
                claims.claim("client_id", context.getRegisteredClient().getClientId());
            }
        };
    }

    /** ID-porten's {@code sub} differs per client, so clients cannot link people by it: they must use {@code pid}. */
    static String pairwiseSubject(String clientId, String pid) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest((clientId + ":" + pid).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** What ID-porten's /userinfo answers: sub, pid and locale, as in the ID token. */
    private static Function<OidcUserInfoAuthenticationContext, OidcUserInfo> userInfo() {
        return context -> {
            OidcIdToken idToken = context.getAuthorization().getToken(OidcIdToken.class).getToken();
            var claims = new LinkedHashMap<String, Object>();
            claims.put("sub", idToken.getSubject());
            claims.put("pid", idToken.getClaimAsString("pid"));
            claims.put("locale", idToken.getClaimAsString("locale"));
            return new OidcUserInfo(claims);
        };
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
