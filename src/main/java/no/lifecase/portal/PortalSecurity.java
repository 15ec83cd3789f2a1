package no.lifecase.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Everything not claimed by a more specific chain: public pages only, the rest is refused. */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(100)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/css/**", "/favicon.ico").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
