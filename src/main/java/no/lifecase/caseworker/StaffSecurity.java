package no.lifecase.caseworker;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Who may reach the staff side: the Camunda webapps, the engine's REST API, the case API and Actuator. */
@Configuration(proxyBeanMethods = false)
class StaffSecurity {

    static final String ADMINS = StaffAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN;

    /** Cockpit, Tasklist and Admin log users in themselves and carry their own CSRF protection. */
    @Bean
    @Order(10)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** Machine and staff APIs: HTTP Basic against the engine's users, no session, no cookies, so no CSRF. */
    @Bean
    @Order(20)
    SecurityFilterChain staffApis(HttpSecurity http) throws Exception {
        // Path patterns, not MVC matchers: the engine's REST API is a Jersey servlet, not a Spring MVC one.
        return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/cases/**"), path("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health/**"), path("/actuator/info")).permitAll()
                        .anyRequest().hasAuthority(ADMINS))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
