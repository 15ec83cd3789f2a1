package no.lifecase.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void nynorsk_and_english_are_taken_as_asked_and_everything_else_is_bokmal() {
        assertThat(Language.of(Locale.forLanguageTag("nn-NO"))).isEqualTo(Language.NN);
        assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.EN);
        assertThat(Language.of(Locale.forLanguageTag("nb"))).isEqualTo(Language.NB);
        assertThat(Language.of(Locale.forLanguageTag("no"))).isEqualTo(Language.NB);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.NB);
        assertThat(Language.of(null)).isEqualTo(Language.NB);
        assertThat(Language.ofTag("nn")).isEqualTo(Language.NN);
        assertThat(Language.ofTag("xx")).isEqualTo(Language.NB);
    }

    @Test
    void the_tag_names_the_locale() {
        for (var language : Language.values()) {
            assertThat(Language.of(language.locale())).isEqualTo(language);
        }
    }
}
