package no.lifecase.caseworker;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security authenticated to the engine, the documented way: Camunda's own servlet
 * filters with {@link SpringSecurityPrincipal} as their authentication provider. Both run right after
 * Spring Security's filter chain (so its principal is there) and before the webapps' own filters (which
 * Camunda registers to match after all others).
 */
@Configuration(proxyBeanMethods = false)
class EngineAuthenticationFilters {

    /** Right after Spring Security's chain. */
    static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    private static final String PROVIDER_PARAMETER = "authentication-provider";

    /**
     * Cockpit, Tasklist and Admin: the webapps' session gets the Spring Security user and groups, and the
     * webapps then check its application access (APPLICATION authorizations) as usual.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Lifecase webapps authentication");
        registration.addInitParameter(PROVIDER_PARAMETER, SpringSecurityPrincipal.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(ORDER);
        return registration;
    }

    /**
     * The engine's REST API: each request runs as the Spring Security user with their groups
     * ({@code IdentityService.setAuthentication}), cleared again when the request ends, so the engine's
     * authorizations decide what a caseworker sees and may do.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("Lifecase engine REST authentication");
        registration.addInitParameter(PROVIDER_PARAMETER, SpringSecurityPrincipal.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setAsyncSupported(true);
        registration.setOrder(ORDER);
        return registration;
    }

    /**
     * A membership of a user, group or tenant that does not exist answers 404 instead of the engine's 500, in the
     * REST API and the webapps' copy of it; after Spring Security, so that it knows the caller.
     */
    @Bean
    FilterRegistrationBean<EngineMembershipCheck> engineMembershipCheck(ProcessEngine engine, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new EngineMembershipCheck(engine, json));
        registration.setName("Lifecase engine membership check");
        registration.setUrlPatterns(EngineMembershipCheck.urlPatterns());
        registration.setAsyncSupported(true);
        registration.setOrder(ORDER + 1);
        return registration;
    }
}
