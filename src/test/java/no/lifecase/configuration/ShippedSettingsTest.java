package no.lifecase.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.portal.IdportenProperties;
import no.lifecase.register.RegisterProperties;
import no.lifecase.register.maskinporten.MaskinportenProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The settings in application.yml and its profiles keep the rules their records declare (ADR 0040): production with the
 * environment still empty, and the embedded default and the tests with the simulators.
 */
class ShippedSettingsTest {

    @EnableConfigurationProperties({RegisterProperties.class, MaskinportenProperties.class, IdportenProperties.class})
    static class Settings {
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgres,simulators", "embedded"})
    void the_shipped_settings_pass_their_rules(String profiles) {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.profiles.active=" + profiles)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RegisterProperties.class).registers())
                            .containsKeys("folkeregisteret", "enhetsregisteret", "frivillighetsregisteret", "krr", "domstol", "dsop",
                                    "kartverket", "vegvesen", "udi", "aaregisteret", "inntekt", "agency-inbox", "letter-post");
                });
    }
}
