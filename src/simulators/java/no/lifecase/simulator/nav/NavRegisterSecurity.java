package no.lifecase.simulator.nav;

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

/**
 * The simulated Aa-registeret and a-ordningen guard themselves as the real ones do: a Maskinporten token with the
 * register's scope, else 401 (no or bad token) or 403 (wrong scope).
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulators")
class NavRegisterSecurity {

    static final String AAREG = "SCOPE_nav:aareg/v1/arbeidsforhold";
    static final String INNTEKT = "SCOPE_nav:inntektskomponenten/hentinntektliste";

    @Bean
    @Order(FilterChainOrder.SIMULATED_NAV_REGISTERS)
    SecurityFilterChain simulatedNavRegisters(HttpSecurity http, SimulatedMaskinportenIssuer maskinporten) throws Exception {
        var aareg = PathPatternRequestMatcher.withDefaults().matcher("/aareg-services/**");
        var inntekt = PathPatternRequestMatcher.withDefaults().matcher("/inntektskomponenten/**");
        return http.securityMatcher(new OrRequestMatcher(aareg, inntekt))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(aareg).hasAuthority(AAREG)
                        .requestMatchers(inntekt).hasAuthority(INNTEKT)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(maskinporten.tokenDecoder())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
