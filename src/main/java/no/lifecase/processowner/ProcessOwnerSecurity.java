package no.lifecase.processowner;

import static org.springframework.security.config.Customizer.withDefaults;

import no.lifecase.security.FilterChainOrder;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The model deployment and migration API, the figures per life event and their page: HTTP Basic against the
 * engine's users, stateless (so no CSRF), for members of {@value ProcessOwnerGroup#ID} and administrators only.
 * See ADR 0030, 0031 and 0032.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessOwnerProperties.class)
class ProcessOwnerSecurity {

    static final String PROCESS_OWNERS = "GROUP_" + ProcessOwnerGroup.ID;
    static final String ADMINS = "GROUP_" + Groups.CAMUNDA_ADMIN;

    @Bean
    @Order(FilterChainOrder.PROCESS_OWNER_API)
    SecurityFilterChain processOwnerApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/models/**"), path("/api/kpis"), path("/api/kpis/**"),
                        path("/api/reference-data"), path("/api/reference-data/**"),
                        path("/process-owner/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyAuthority(PROCESS_OWNERS, ADMINS))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
