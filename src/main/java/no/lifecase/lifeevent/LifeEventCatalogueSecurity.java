package no.lifecase.lifeevent;

import no.lifecase.security.FilterChainOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The life-event catalogue is public service information: anyone may read it, nobody may change it over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class LifeEventCatalogueSecurity {

    @Bean
    @Order(FilterChainOrder.LIFE_EVENT_CATALOGUE)
    SecurityFilterChain lifeEventCatalogueChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/life-events"), paths.matcher("/api/life-events/**")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
