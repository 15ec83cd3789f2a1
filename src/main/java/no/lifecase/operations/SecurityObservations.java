package no.lifecase.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes sign-ins only, not each of its filters and access decisions on every request
 * (docs/adr/0070). No span leaves the node (docs/adr/0048-operators-see-lifecase.md), so those observations bought
 * nothing but their cost, about a twentieth of a case page's; a request keeps its trace id and timer from Spring's own
 * server observation, which wraps the filter chains.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings signInsObservedOnly() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }
}
