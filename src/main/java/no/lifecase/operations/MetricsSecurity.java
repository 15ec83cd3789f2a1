package no.lifecase.operations;

import static org.springframework.security.config.Customizer.withDefaults;

import no.lifecase.security.FilterChainOrder;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code /actuator/prometheus}: HTTP Basic, stateless, for administrators (the engine's group {@code camunda-admin})
 * and for the scrape account of {@code lifecase.metrics.scrape-user} and {@code scrape-password}, when a password is
 * given. That account lives in this chain only, not among the engine's users: on any other path it is unknown, so it
 * reads the metrics and nothing else (docs/adr/0048-operators-see-lifecase.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsSecurity {

    static final String PROMETHEUS = "/actuator/prometheus";
    static final String ADMINS = "GROUP_" + Groups.CAMUNDA_ADMIN;
    static final String SCRAPER = "METRICS_SCRAPER";

    private static final Logger log = LoggerFactory.getLogger(MetricsSecurity.class);

    @Bean
    @Order(FilterChainOrder.METRICS_SCRAPE)
    SecurityFilterChain metricsScrape(HttpSecurity http, MetricsProperties properties) throws Exception {
        if (properties.hasScrapeAccount()) {
            // Added to this chain's own authentication, whose parent is the staff's: a staff user still signs in.
            http.authenticationProvider(scrapeAccount(properties));
        } else {
            log.info("lifecase.metrics.scrape-password is not set: only administrators may read {}", PROMETHEUS);
        }
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PROMETHEUS))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyAuthority(ADMINS, SCRAPER))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The password is kept only as its hash (bcrypt), as Spring Security's password encoders do by default. */
    private static DaoAuthenticationProvider scrapeAccount(MetricsProperties properties) {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var account = User.withUsername(properties.scrapeUser())
                .password(encoder.encode(properties.scrapePassword()))
                .authorities(SCRAPER)
                .build();
        var provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(account));
        provider.setPasswordEncoder(encoder);
        return provider;
    }
}
