package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.InvalidField;
import no.lifecase.language.Language;
import org.junit.jupiter.api.Test;

/** Which written language a caseworker reads (docs/adr/0059). */
class StaffLanguageTest {

    private final StaffLanguage languages = new StaffLanguage(List.of("kommune-4621", " "));
    private final no.lifecase.agency.Agency nav = new AgencyCatalogue(new no.lifecase.agency.AgencyProperties(null, null)).find("nav").orElseThrow();
    private final no.lifecase.agency.Agency voss = AgencyCatalogue.municipality("4621", "Voss");

    @Test
    void an_agency_writes_bokmal_unless_it_writes_nynorsk() {
        assertThat(languages.of(nav)).isEqualTo(Language.NB);
        assertThat(languages.of(voss)).isEqualTo(Language.NN);
        assertThat(languages.of(voss, null, null)).isEqualTo(Language.NN);
    }

    @Test
    void the_caller_chooses_with_lang_before_accept_language() {
        assertThat(languages.of(nav, "en", null)).isEqualTo(Language.EN);
        assertThat(languages.of(nav, "nn", "en")).isEqualTo(Language.NN);
        assertThat(languages.of(voss, "nb", null)).isEqualTo(Language.NB);
        assertThat(languages.of(nav, null, "en-GB,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(languages.of(nav, null, "de-DE, nn;q=0.5")).as("the first language Lifecase speaks").isEqualTo(Language.NN);
        assertThat(languages.of(voss, null, "de-DE")).as("none Lifecase speaks: the agency's own").isEqualTo(Language.NN);
        assertThat(languages.of(nav, null, ";;not a header")).isEqualTo(Language.NB);
    }

    @Test
    void any_other_lang_is_refused_naming_it() {
        assertThatThrownBy(() -> languages.of(nav, "de", null)).isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("lang"));
    }
}
