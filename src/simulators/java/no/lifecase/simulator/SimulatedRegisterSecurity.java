package no.lifecase.simulator;

import no.lifecase.security.FilterChainOrder;
import no.lifecase.simulator.maskinporten.SimulatedMaskinportenIssuer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The simulated registers guard themselves as the real ones do: a Maskinporten token with the register's
 * scope, else 401 (no or bad token) or 403 (wrong scope). Open data, Maskinporten itself and the scenario
 * endpoints are open, and must be claimed here so they do not fall to the portal's deny-all chain.
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulators")
class SimulatedRegisterSecurity {

    static final String FOLKEREGISTERET = "SCOPE_folkeregister:deling/offentligmedhjemmel";
    static final String KRR = "SCOPE_krr:global/kontaktinformasjon.read";
    static final String DOMSTOL = "SCOPE_domstolene:forvaltningssaker:doedsfall.read";
    /** Sending a declaration to a district court; the scope's name is the simulation's own (docs/adr/0062). */
    static final String DOMSTOL_INNSENDING = "SCOPE_domstolene:forvaltningssaker:doedsfall.write";
    /** The signing service's sender API; the scope's name is the simulation's own (docs/adr/0062). */
    static final String SIGNERING = "SCOPE_signering:signeringsoppdrag";

    @Bean
    @Order(FilterChainOrder.SIMULATED_REGISTERS)
    SecurityFilterChain simulatedRegisters(HttpSecurity http, SimulatedMaskinportenIssuer maskinporten) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/folkeregisteret/**"), path("/rest/v1/**"), path("/domstol/**"),
                        path("/signering/api/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/folkeregisteret/**")).hasAuthority(FOLKEREGISTERET)
                        .requestMatchers(path("/rest/v1/**")).hasAuthority(KRR)
                        .requestMatchers(path("/domstol/innsending/**")).hasAuthority(DOMSTOL_INNSENDING)
                        .requestMatchers(path("/domstol/**")).hasAuthority(DOMSTOL)
                        .requestMatchers(path("/signering/api/**")).hasAuthority(SIGNERING)
                        .anyRequest().denyAll())
                // The decoder gets the key bean itself: discovery over HTTP would ask a server not yet listening.
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(maskinporten.tokenDecoder())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(FilterChainOrder.OPEN_SIMULATORS)
    SecurityFilterChain openSimulators(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/maskinporten/**"), path("/enhetsregisteret/**"),
                        path("/frivillighetsregisteret/**"), path("/sim/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
