package no.lifecase.caseworker;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import no.lifecase.security.FilterChainOrder;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach the staff side: the Camunda webapps, the engine's REST API, the case API and Actuator.
 * The agency worklist API has its own chain ({@link WorklistSecurity}). See ADR 0003 and 0021.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurity {

    static final String ADMINS = StaffAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN;

    static final String LOGIN_PAGE = "/camunda/login";
    static final String TASKLIST = "/camunda/app/tasklist/default/";
    /** The webapps' own sign-in and sign-out calls, {engine}/login/{app} and {engine}/logout. */
    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/*";
    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
    static final String WEBAPP_CURRENT_USER = "/camunda/api/admin/auth/user/*";

    /**
     * Cockpit, Tasklist and Admin. Spring Security logs staff in (a form at {@value #LOGIN_PAGE}, and the
     * webapps' own sign-in form, whose call it authenticates too) and keeps them in the HTTP session; the
     * webapps learn the user through {@link EngineAuthenticationFilters}. The webapps' own CSRF protection
     * (the X-XSRF-TOKEN header) guards their API; Spring Security's guards the login form.
     */
    @Bean
    @Order(FilterChainOrder.CAMUNDA_WEBAPPS)
    SecurityFilterChain camundaWebapps(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(HttpMethod.GET, LOGIN_PAGE)).permitAll()
                        .requestMatchers(path(HttpMethod.POST, WEBAPP_LOGIN), path(HttpMethod.GET, WEBAPP_CURRENT_USER)).permitAll()
                        .requestMatchers(StaffSecurity::isStaticWebappFile).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(TASKLIST, false))
                .addFilterBefore(webappSignIn(staff), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout
                        .logoutRequestMatcher(path(HttpMethod.POST, WEBAPP_LOGOUT))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(webappsEntryPoint()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(path(HttpMethod.POST, LOGIN_PAGE)))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** Machine and staff APIs: HTTP Basic against the engine's users, no session, no cookies, so no CSRF. */
    @Bean
    @Order(FilterChainOrder.STAFF_APIS)
    SecurityFilterChain staffApis(HttpSecurity http) throws Exception {
        // Path patterns, not MVC matchers: the engine's REST API is a Jersey servlet, not a Spring MVC one.
        return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/cases/**"), path("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health/**"), path("/actuator/info")).permitAll()
                        // Any staff user; the engine's authorizations decide what each one sees and may do.
                        .requestMatchers(path("/engine-rest/**")).authenticated()
                        .anyRequest().hasAuthority(ADMINS))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The webapps show their own sign-in form after a sign-out or when the session has ended. Its call is
     * authenticated here first; on success it goes on to the webapp, which answers it as usual, and the
     * Spring Security context is then kept in the (new) session, if the webapp accepted the call. A wrong password
     * is refused here.
     */
    private static UsernamePasswordAuthenticationFilter webappSignIn(StaffAuthenticationProvider staff) {
        var filter = new UsernamePasswordAuthenticationFilter(new ProviderManager(staff));
        filter.setRequiresAuthenticationRequestMatcher(path(HttpMethod.POST, WEBAPP_LOGIN));
        filter.setContinueChainBeforeSuccessfulAuthentication(true);
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> { });   // the webapp has answered
        filter.setAuthenticationFailureHandler(new AuthenticationEntryPointFailureHandler(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        filter.setSecurityContextRepository(new WebappSignInContextRepository());
        return filter;
    }

    /** The webapps' API answers 401 (the webapps then show their sign-in form); pages go to the login page. */
    private static AuthenticationEntryPoint webappsEntryPoint() {
        var byPath = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        byPath.put(path("/camunda/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        var entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
        return entryPoint;
    }

    /** Scripts, styles, fonts and images of the webapps: public files, needed before and after signing in. */
    private static boolean isStaticWebappFile(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean assetTree = path.startsWith("/camunda/app/") || path.startsWith("/camunda/lib/") || path.startsWith("/camunda/assets/")
                || path.matches("/camunda/api/[a-z]+/plugin/[^/]+/static/.*");
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return assetTree && lastSegment.contains(".") && !path.contains("..");
    }

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
