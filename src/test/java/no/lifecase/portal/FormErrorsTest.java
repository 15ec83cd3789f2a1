package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import no.lifecase.caseworker.FormValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reason an answer can be refused for has its sentence in bokmål, nynorsk and English (docs/adr/0052). */
class FormErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages-forms.properties", "messages-forms_nn.properties", "messages-forms_en.properties"})
    void everyReasonHasItsSentenceAndNoOtherKeyIsThere(String bundle) {
        var messages = load(bundle);

        for (var reason : FormValues.Reason.values()) {
            var sentence = messages.getProperty(FormErrors.key(reason));
            assertThat(sentence).as("%s in %s", reason, bundle).isNotBlank();
            if (reason != FormValues.Reason.NOT_AN_OBJECT) {
                assertThat(sentence).as("%s in %s names the question", reason, bundle).contains("{0}");
            }
        }
        assertThat(messages).hasSize(FormValues.Reason.values().length);
        assertThat(FormErrors.key(FormValues.Reason.NOT_AN_IDENTITY_NUMBER)).isEqualTo("form.error.notAnIdentityNumber");
    }

    private static Properties load(String bundle) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(FormErrorsTest.class.getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
