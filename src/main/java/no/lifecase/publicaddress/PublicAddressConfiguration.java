package no.lifecase.publicaddress;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Registers the {@link PublicAddress} and its filter in front of everything else, and checks the address at start-up. */
@Configuration(proxyBeanMethods = false)
class PublicAddressConfiguration {

    @Bean
    PublicAddress publicAddress(Environment environment) {
        return new PublicAddress(environment);
    }

    /**
     * Before Spring Security and Camunda's filters, and after Spring's ForwardedHeaderFilter where that is on
     * ({@code server.forward-headers-strategy=framework}), so the configured address wins over any header. On every
     * dispatch: an error page or a forward builds URLs too.
     */
    @Bean
    FilterRegistrationBean<PublicAddressFilter> publicAddressFilter(PublicAddress address) {
        var registration = new FilterRegistrationBean<>(new PublicAddressFilter(address));
        registration.setName("Lifecase public address");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.setAsyncSupported(true);
        return registration;
    }

    /** A missing or malformed address stops the start, rather than the first login. */
    @EventListener
    void check(WebServerInitializedEvent event) {
        event.getApplicationContext().getBean(PublicAddress.class).uri();
    }
}
