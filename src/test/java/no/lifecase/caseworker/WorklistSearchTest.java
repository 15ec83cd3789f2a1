package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.lifecase.casefile.InvalidField;
import no.lifecase.identity.Fodselsnummer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorklistSearchTest {

    private static final String PERSON = "15839049843";

    @Test
    void a_case_reference_is_read_as_one_in_any_case() {
        var term = WorklistSearch.parse(" le-2026-000123 ");
        assertThat(term.kind()).isEqualTo(WorklistSearch.Kind.REFERENCE);
        assertThat(term.reference()).isEqualTo("LE-2026-000123");
    }

    @Test
    void eleven_digits_with_correct_check_digits_are_an_identity_number_spaces_allowed() {
        assertThat(WorklistSearch.parse(PERSON).person()).isEqualTo(Fodselsnummer.parse(PERSON));
        assertThat(WorklistSearch.parse("158390 49843").kind()).isEqualTo(WorklistSearch.Kind.IDENTITY_NUMBER);
    }

    @Test
    void a_name_is_searched_by_its_words_of_two_letters_or_more() {
        var term = WorklistSearch.parse("Kari K. Nordmann-Berg");
        assertThat(term.kind()).isEqualTo(WorklistSearch.Kind.NAME);
        assertThat(term.words()).containsExactly("Kari", "Nordmann-Berg");
        assertThat(WorklistSearch.parse("Øystein O'Neill").words()).containsExactly("Øystein", "O'Neill");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "LE-12", "LE-2026-12", "12345", "15839049844", "158390498431", "K", "Kari%", "*", "nav@example.no",
            "1583904984x"})
    void anything_else_is_refused_naming_q_without_echoing_it(String query) {
        assertThatThrownBy(() -> WorklistSearch.parse(query)).isInstanceOfSatisfying(InvalidField.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("q");
            assertThat(refusal.getMessage()).doesNotContain(query.isBlank() ? "\u0000" : query);
        });
    }

    @Test
    void a_query_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> WorklistSearch.parse("a".repeat(WorklistSearch.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidField.class, refusal -> assertThat(refusal.field()).isEqualTo("q"));
    }
}
