package no.lifecase.portal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import no.lifecase.language.LanguagePreferences;
import org.springframework.web.servlet.LocaleResolver;
import java.util.concurrent.atomic.AtomicReference;
import no.lifecase.publicaddress.PublicAddress;
import no.lifecase.security.FilterChainOrder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The citizen's side: the portal pages under {@code /min-side} and their API under {@code /api/citizen}, behind
 * ID-porten; the OpenAPI description; and the catch-all chain that leaves public pages open and refuses the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdportenProperties.class)
class PortalSecurity {

    static final String HOME = "/min-side";
    static final String API = "/api/citizen";
    static final String AUTHORIZATION_BASE = HOME + "/oauth2/authorization";
    static final String LOGIN = AUTHORIZATION_BASE + "/" + IdportenClientRegistrations.REGISTRATION_ID;
    static final String CALLBACK = HOME + "/login/oauth2/code/*";
    static final String LOGOUT = HOME + "/logg-ut";
    static final String LOGGED_OUT = HOME + "/logget-ut";
    static final String LOGIN_FAILED = HOME + "/innlogging-feilet";

    @Bean
    IdportenClientRegistrations idportenClientRegistrations(IdportenProperties properties, Environment environment,
                                                            PublicAddress publicAddress) {
        return new IdportenClientRegistrations(properties, environment, publicAddress);
    }

    /**
     * Login with ID-porten (authorization code with PKCE, {@code acr_values}, the level checked in the ID token),
     * a session with CSRF protection, logout that also ends the ID-porten session, and strict headers.
     */
    @Bean
    @Order(FilterChainOrder.CITIZEN_PORTAL)
    SecurityFilterChain citizenPortal(HttpSecurity http, IdportenClientRegistrations idporten, IdportenProperties properties,
                                     LanguagePreferences languages, LocaleResolver localeResolver)
            throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(idporten, AUTHORIZATION_BASE);
        authorizationRequests.setAuthorizationRequestCustomizer(request -> request
                .additionalParameters(parameters -> parameters.put("acr_values", properties.acrValues())));

        var tokenRequests = new RestClientAuthorizationCodeTokenResponseClient();
        var clientAssertion = new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(idporten::clientKey);
        // ID-porten wants its issuer as the audience of a private_key_jwt assertion; unused with client secrets.
        clientAssertion.setJwtClientAssertionCustomizer(context -> context.getClaims().audience(List.of(idporten.issuer())));
        tokenRequests.addParametersConverter(clientAssertion);

        // Pages send the browser to ID-porten whatever it accepts; the API answers 401 problem details.
        var problems = new CitizenApiProblems();
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(path(API + "/**"), problems);
        var loginRequired = new DelegatingAuthenticationEntryPoint(entryPoints);
        loginRequired.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN));
        return http.securityMatcher(new OrRequestMatcher(path(HOME), path(HOME + "/**"), path(API + "/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(HttpMethod.GET, LOGIN_FAILED), path(HttpMethod.GET, LOGGED_OUT)).permitAll()
                        .anyRequest().hasAuthority(CitizenUser.CITIZEN))
                .oauth2Login(login -> login
                        .loginPage(LOGIN)
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION_BASE).authorizationRequestResolver(authorizationRequests))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK))
                        .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenRequests))
                        .userInfoEndpoint(endpoint -> endpoint.oidcUserService(new IdportenUserService(properties.acrValues())))
                        .successHandler(new LanguageAtLogin(languages, localeResolver, HOME))
                        .failureHandler(new LoginFailure(LOGIN_FAILED)))
                .logout(out -> out.logoutRequestMatcher(path(HttpMethod.POST, LOGOUT)).logoutSuccessHandler(idportenLogout(idporten)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginRequired)
                        .accessDeniedHandler(refused(problems)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties.endSessionUri())))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // Sent on HTTPS requests only, as HSTS must be.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .build();
    }

    /**
     * The API answers a refusal (a change without the session's CSRF token) with problem details; a page with the error
     * page, through /error (ADR 0049).
     */
    private static AccessDeniedHandler refused(CitizenApiProblems problems) {
        var byPath = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        byPath.put(path(API + "/**"), problems);
        return new RequestMatcherDelegatingAccessDeniedHandler(byPath, new AccessDeniedHandlerImpl());
    }

    /**
     * Logging out ends the ID-porten session too, and ID-porten then sends the browser to our "logged out" page on the
     * public address. Built at the first logout: the address may name the port, known only once the server listens.
     */
    private static LogoutSuccessHandler idportenLogout(IdportenClientRegistrations idporten) {
        var built = new AtomicReference<OidcClientInitiatedLogoutSuccessHandler>();
        return (request, response, authentication) -> built.updateAndGet(handler -> {
            if (handler != null) {
                return handler;
            }
            var logout = new OidcClientInitiatedLogoutSuccessHandler(idporten);
            logout.setPostLogoutRedirectUri(idporten.postLogoutRedirectUri());
            logout.setDefaultTargetUrl(LOGGED_OUT);
            return logout;
        }).onLogoutSuccess(request, response, authentication);
    }

    /** The OpenAPI description of our APIs and Swagger UI: public, they describe and hold no data. */
    @Bean
    @Order(FilterChainOrder.OPENAPI_DOCUMENTS)
    SecurityFilterChain openApiDocuments(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/v3/api-docs"), path("/v3/api-docs/**"),
                        path("/swagger-ui.html"), path("/swagger-ui/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Everything not claimed by a more specific chain: public pages only, the rest is refused as not found, since
     * every page and API of Lifecase is claimed by a chain of its own (ADR 0049): a problem-details 404 for an API path,
     * the error page for a browser. A form without its CSRF token stays a 403.
     */
    @Bean
    @Order(FilterChainOrder.PUBLIC_PAGES)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        AccessDeniedHandler notFoundUnlessCsrf = (request, response, denied) ->
                response.sendError(denied instanceof CsrfException ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value());
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/css/**", "/favicon.ico").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value()))
                        .accessDeniedHandler(notFoundUnlessCsrf))
                .build();
    }

    /**
     * No inline script or style, no framing. Logging out posts a form whose answer redirects to ID-porten, which
     * form-action must allow; a URI with a placeholder is the test ID-porten in this application, so 'self'.
     */
    static String contentSecurityPolicy(String endSessionUri) {
        var formAction = "'self'";
        try {
            var uri = URI.create(endSessionUri);
            if (uri.getScheme() != null && uri.getAuthority() != null) {
                formAction += " " + uri.getScheme() + "://" + uri.getAuthority();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // not resolvable before the server listens: the test ID-porten, on this origin
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action " + formAction + "; frame-ancestors 'none'";
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
