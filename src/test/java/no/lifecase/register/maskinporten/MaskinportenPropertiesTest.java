package no.lifecase.register.maskinporten;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.configuration.InvalidSettingsFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each rule for {@code lifecase.maskinporten.*} stops the start with the property's name (ADR 0040). */
class MaskinportenPropertiesTest {

    @EnableConfigurationProperties(MaskinportenProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner lifecase = new ApplicationContextRunner().withUserConfiguration(Settings.class)
            .withPropertyValues("lifecase.maskinporten.token-url=https://maskinporten.no/token",
                    "lifecase.maskinporten.audience=https://maskinporten.no/");

    @Test
    void without_a_client_yet_the_application_starts() {
        lifecase.withPropertyValues("lifecase.maskinporten.client-id=", "lifecase.maskinporten.private-key=")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"token-url", "audience"})
    void maskinporten_must_be_named(String property) {
        lifecase.withPropertyValues("lifecase.maskinporten." + property + "=")
                .run(context -> assertThat(failure(context)).contains("lifecase.maskinporten." + property + ": must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"token-url", "audience"})
    void maskinporten_is_an_http_address(String property) {
        lifecase.withPropertyValues("lifecase.maskinporten." + property + "=maskinporten.no/token")
                .run(context -> assertThat(failure(context)).contains("lifecase.maskinporten." + property + ": must be an absolute http"));
        lifecase.withPropertyValues("lifecase.maskinporten." + property + "=http://localhost:${local.server.port}/maskinporten/token")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void the_private_key_is_pem_text_not_a_file_and_is_not_repeated_in_the_report() {
        lifecase.withPropertyValues("lifecase.maskinporten.private-key=/run/secrets/maskinporten-key.pem")
                .run(context -> assertThat(failure(context))
                        .contains("lifecase.maskinporten.private-key: must be the PEM text of a PKCS#8 private key")
                        .doesNotContain("/run/secrets"));
        lifecase.withPropertyValues("lifecase.maskinporten.private-key=-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN\n-----END PRIVATE KEY-----\n")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void the_time_out_is_positive_and_the_expiry_skew_not_negative() {
        lifecase.withPropertyValues("lifecase.maskinporten.timeout=0s")
                .run(context -> assertThat(failure(context)).contains("lifecase.maskinporten.timeout: must be positive"));
        lifecase.withPropertyValues("lifecase.maskinporten.expiry-skew=-1s")
                .run(context -> assertThat(failure(context)).contains("lifecase.maskinporten.expiry-skew: must not be negative"));
        lifecase.withPropertyValues("lifecase.maskinporten.expiry-skew=0s")
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static String failure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        var analysis = new InvalidSettingsFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
        return analysis.getDescription();
    }
}
