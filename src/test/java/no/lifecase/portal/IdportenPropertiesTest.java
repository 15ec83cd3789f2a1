package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.configuration.InvalidSettingsFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each rule for {@code lifecase.idporten.*} stops the start with the property's name (ADR 0040). */
class IdportenPropertiesTest {

    @EnableConfigurationProperties(IdportenProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner lifecase = new ApplicationContextRunner().withUserConfiguration(Settings.class)
            .withPropertyValues("lifecase.idporten.issuer=https://idporten.no",
                    "lifecase.idporten.authorization-uri=https://login.idporten.no/authorize",
                    "lifecase.idporten.token-uri=https://idporten.no/token",
                    "lifecase.idporten.jwk-set-uri=https://idporten.no/jwks.json",
                    "lifecase.idporten.user-info-uri=https://idporten.no/userinfo",
                    "lifecase.idporten.end-session-uri=https://login.idporten.no/logout");

    @Test
    void without_a_client_yet_the_application_starts() {
        lifecase.withPropertyValues("lifecase.idporten.client-id=", "lifecase.idporten.client-authentication-method=private_key_jwt")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authorization-uri", "token-uri", "jwk-set-uri", "user-info-uri", "end-session-uri"})
    void every_endpoint_is_named_as_an_http_address(String endpoint) {
        lifecase.withPropertyValues("lifecase.idporten." + endpoint + "=")
                .run(context -> assertThat(failure(context)).contains("lifecase.idporten." + endpoint + ": must not be blank"));
        lifecase.withPropertyValues("lifecase.idporten." + endpoint + "=idporten.no")
                .run(context -> assertThat(failure(context)).contains("lifecase.idporten." + endpoint + ": must be an absolute http"));
        lifecase.withPropertyValues("lifecase.idporten." + endpoint + "=http://localhost:${local.server.port}/idporten/x")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void the_client_authentication_method_is_one_id_porten_knows() {
        lifecase.withPropertyValues("lifecase.idporten.client-authentication-method=client_secret_jwt")
                .run(context -> assertThat(failure(context)).contains(
                        "lifecase.idporten.client-authentication-method: must be client_secret_basic, client_secret_post or private_key_jwt"));
    }

    @Test
    void the_level_asked_for_is_an_id_porten_level() {
        lifecase.withPropertyValues("lifecase.idporten.acr-values=Level4")
                .run(context -> assertThat(failure(context)).contains("lifecase.idporten.acr-values: must be an ID-porten level"));
        lifecase.withPropertyValues("lifecase.idporten.acr-values=idporten-loa-high")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void the_private_key_is_pem_text_and_is_not_repeated_in_the_report() {
        lifecase.withPropertyValues("lifecase.idporten.private-key=MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
                .run(context -> assertThat(failure(context))
                        .contains("lifecase.idporten.private-key: must be the PEM text of a PKCS#8 private key")
                        .doesNotContain("MIIEvQIBADAN"));
    }

    @Test
    void scopes_are_required() {
        lifecase.withPropertyValues("lifecase.idporten.scopes=")
                .run(context -> assertThat(failure(context)).contains("lifecase.idporten.scopes: must not be empty"));
    }

    private static String failure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        var analysis = new InvalidSettingsFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
        return analysis.getDescription();
    }
}
