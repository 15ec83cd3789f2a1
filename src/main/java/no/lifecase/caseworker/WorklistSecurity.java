package no.lifecase.caseworker;

import static org.springframework.security.config.Customizer.withDefaults;

import no.lifecase.security.FilterChainOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The agency worklist API: HTTP Basic against the engine's users (as the other staff APIs), stateless, so
 * no CSRF. Any staff user gets past the chain; whether they work for the agency in the path is the
 * controller's decision, so that it can answer with problem details (403 or 404).
 */
@Configuration(proxyBeanMethods = false)
class WorklistSecurity {

    @Bean
    @Order(FilterChainOrder.AGENCY_WORKLIST_API)
    SecurityFilterChain agencyWorklist(HttpSecurity http) throws Exception {
        return http.securityMatcher(StaffSecurity.path("/api/agency/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
