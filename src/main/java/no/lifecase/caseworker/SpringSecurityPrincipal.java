package no.lifecase.caseworker;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's authentication-provider SPI, answered by Spring Security: the user is whoever Spring Security
 * authenticated for this request, the groups are that user's {@code GROUP_<id>} authorities. The Camunda
 * webapps ({@code ContainerBasedAuthenticationFilter}) and the engine's REST API
 * ({@code ProcessEngineAuthenticationFilter}) both ask it, so the engine checks its authorizations against
 * the same user Spring Security let in.
 *
 * <p>Camunda instantiates the class itself from its name (init-param {@code authentication-provider}),
 * hence public with a no-argument constructor and no Spring injection.
 */
public class SpringSecurityPrincipal implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        var result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(groupsOf(authentication));
        result.setTenants(List.of());   // Lifecase runs without tenants
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already answered unauthenticated requests with its own challenge.
    }

    static List<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .filter(authority -> authority != null && authority.startsWith(StaffAuthenticationProvider.GROUP_PREFIX))
                .map(authority -> authority.substring(StaffAuthenticationProvider.GROUP_PREFIX.length()))
                .toList();
    }
}
