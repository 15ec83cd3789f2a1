package no.lifecase.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.validation.annotation.Validated;

/** The start-up report for broken {@code lifecase.*} settings: the property as written, the reason, never the value. */
class InvalidSettingsFailureAnalyzerTest {

    private final InvalidSettingsFailureAnalyzer analyzer = new InvalidSettingsFailureAnalyzer();

    @ConfigurationProperties("lifecase.example")
    @Validated
    record ExampleSettings(@NotBlank String clientSecret, @Pattern(regexp = "[a-z]+") String name) {
    }

    @ConfigurationProperties("other")
    @Validated
    record OtherSettings(@NotBlank String value) {
    }

    @EnableConfigurationProperties({ExampleSettings.class, OtherSettings.class})
    static class Settings {
    }

    @Test
    void names_each_property_as_application_yml_writes_it_and_leaves_the_value_out() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("lifecase.example.client-secret=", "lifecase.example.name=S3cret-Value", "other.value=x")
                .run(context -> {
                    var analysis = analyzer.analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription())
                            .contains("lifecase.example.client-secret: must not be blank")
                            .contains("lifecase.example.name: must match")
                            .doesNotContain("S3cret-Value");
                    assertThat(analysis.getAction()).contains("application.yml");
                });
    }

    @Test
    void leaves_settings_outside_lifecase_to_spring_boot() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("lifecase.example.client-secret=s", "lifecase.example.name=ok", "other.value=")
                .run(context -> assertThat(analyzer.analyze(context.getStartupFailure())).isNull());
    }

    @Test
    void map_keys_become_segments_and_list_indexes_stay() {
        assertThat(InvalidSettingsFailureAnalyzer.propertyName("lifecase", "registers[agency-inbox].connectTimeout"))
                .isEqualTo("lifecase.registers.agency-inbox.connect-timeout");
        assertThat(InvalidSettingsFailureAnalyzer.propertyName("lifecase.idporten", "scopes[0]"))
                .isEqualTo("lifecase.idporten.scopes[0]");
    }
}
