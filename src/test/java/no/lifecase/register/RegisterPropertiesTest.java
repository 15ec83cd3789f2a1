package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.configuration.InvalidSettingsFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Each rule for {@code lifecase.registers.<name>.*} stops the start with the property's name, not a failure at the first
 * call (ADR 0040). The failure is read as the operator reads it: through {@link InvalidSettingsFailureAnalyzer}.
 */
class RegisterPropertiesTest {

    @EnableConfigurationProperties(RegisterProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner lifecase = new ApplicationContextRunner().withUserConfiguration(Settings.class)
            .withPropertyValues("lifecase.registers.krr.base-url=https://kontaktregisteret.no/rest/v1",
                    "lifecase.registers.krr.scope=krr:global/kontaktinformasjon.read");

    @Test
    void a_complete_register_binds_with_its_defaults() {
        lifecase.run(context -> {
            assertThat(context).hasNotFailed();
            var krr = context.getBean(RegisterProperties.class).registers().get("krr");
            assertThat(krr.connectTimeout()).hasSeconds(2);
            assertThat(krr.readTimeout()).hasSeconds(10);
            assertThat(krr.retryAfterUnit()).isEqualTo(RegisterEndpoint.RetryAfterUnit.SECONDS);
        });
    }

    @Test
    void a_register_without_a_base_url_stops_the_start() {
        lifecase.withPropertyValues("lifecase.registers.domstol.scope=domstolene:forvaltningssaker:doedsfall.read")
                .run(context -> assertThat(failure(context)).contains("lifecase.registers.domstol.base-url: must not be blank"));
    }

    @Test
    void an_empty_base_url_stops_the_start() {
        lifecase.withPropertyValues("lifecase.registers.krr.base-url=")
                .run(context -> assertThat(failure(context)).contains("lifecase.registers.krr.base-url: must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kontaktregisteret.no/rest/v1", "/rest/v1", "ftp://kontaktregisteret.no/rest/v1", "https://",
            "https://user:secret@kontaktregisteret.no/rest/v1", "http://localhost:${local.server.port}/rest v1"})
    void a_base_url_that_is_no_absolute_http_url_stops_the_start(String baseUrl) {
        lifecase.withPropertyValues("lifecase.registers.krr.base-url=" + baseUrl)
                .run(context -> assertThat(failure(context))
                        .contains("lifecase.registers.krr.base-url: must be an absolute http or https URL with a host")
                        .doesNotContain("secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:${local.server.port}/rest/v1", "${LIFECASE_KRR_URL}", "HTTPS://kontaktregisteret.no"})
    void a_base_url_with_a_placeholder_still_open_at_start_up_is_accepted(String baseUrl) {
        lifecase.withPropertyValues("lifecase.registers.krr.base-url=" + baseUrl)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"connect-timeout", "read-timeout"})
    void a_time_out_that_is_not_positive_stops_the_start(String timeout) {
        lifecase.withPropertyValues("lifecase.registers.krr." + timeout + "=0s")
                .run(context -> assertThat(failure(context)).contains("lifecase.registers.krr." + timeout + ": must be positive"));
        lifecase.withPropertyValues("lifecase.registers.krr." + timeout + "=-5s")
                .run(context -> assertThat(failure(context)).contains("lifecase.registers.krr." + timeout + ": must be positive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"krr", "krr:global/kontaktinformasjon.read,krr:other", "krr: global", "krr:global/kontaktinformasjon.read  krr:other"})
    void a_malformed_scope_stops_the_start(String scope) {
        lifecase.withPropertyValues("lifecase.registers.krr.scope=" + scope)
                .run(context -> assertThat(failure(context)).contains("lifecase.registers.krr.scope: must be empty (open data) or Maskinporten scopes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bits:kundeforhold bits:kontoinformasjon", "domstolene:forvaltningssaker:doedsfall.read", "${LIFECASE_UDI_SCOPE}"})
    void open_data_several_scopes_and_a_scope_still_to_give_are_accepted(String scope) {
        lifecase.withPropertyValues("lifecase.registers.krr.scope=" + scope)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_retry_after_unit_other_than_seconds_or_millis_stops_the_start() {
        lifecase.withPropertyValues("lifecase.registers.krr.retry-after-unit=days")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("RetryAfterUnit.days"));
        lifecase.withPropertyValues("lifecase.registers.krr.retry-after-unit=days")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("Failed to bind properties under 'lifecase.registers.krr.retry-after-unit'"));
        lifecase.withPropertyValues("lifecase.registers.krr.retry-after-unit=millis")
                .run(context -> assertThat(context.getBean(RegisterProperties.class).registers().get("krr").retryAfterUnit())
                        .isEqualTo(RegisterEndpoint.RetryAfterUnit.MILLIS));
    }

    @Test
    void every_broken_register_is_named_at_once() {
        lifecase.withPropertyValues("lifecase.registers.krr.base-url=/rest/v1", "lifecase.registers.udi.read-timeout=0s")
                .run(context -> assertThat(failure(context))
                        .contains("lifecase.registers.krr.base-url: must be an absolute http or https URL")
                        .contains("lifecase.registers.udi.base-url: must not be blank")
                        .contains("lifecase.registers.udi.read-timeout: must be positive"));
    }

    /** The start-up failure as the operator reads it. */
    static String failure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        var analysis = new InvalidSettingsFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
        return analysis.getDescription();
    }
}
