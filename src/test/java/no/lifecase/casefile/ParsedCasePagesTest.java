package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A case page's facts parsed once for each text its row holds (docs/adr/0070). */
class ParsedCasePagesTest {

    private final List<String> parsedTexts = new ArrayList<>();
    private final Function<String, Optional<CasePageFacts>> parser = text -> {
        parsedTexts.add(text);
        return text.startsWith("{") ? Optional.of(facts()) : Optional.empty();
    };

    @Test
    void the_same_text_of_the_same_case_is_parsed_once() {
        var pages = new ParsedCasePages(10);

        var first = pages.of(1, "{\"v\":1}", parser);
        var again = pages.of(1, "{\"v\":1}", parser);

        assertThat(again.orElseThrow()).isSameAs(first.orElseThrow());
        assertThat(parsedTexts).containsExactly("{\"v\":1}");
    }

    @Test
    void a_changed_text_or_another_case_is_parsed_anew() {
        var pages = new ParsedCasePages(10);
        var first = pages.of(1, "{\"v\":1}", parser).orElseThrow();

        // The row moved on another node, or a step that wrote it was rolled back: the text is not the one kept.
        assertThat(pages.of(1, "{\"v\":2}", parser).orElseThrow()).isNotSameAs(first);
        pages.of(2, "{\"v\":2}", parser);

        assertThat(parsedTexts).containsExactly("{\"v\":1}", "{\"v\":2}", "{\"v\":2}");
    }

    @Test
    void facts_just_written_are_read_back_without_parsing() {
        var pages = new ParsedCasePages(10);
        var written = facts();

        pages.written(1, "{\"v\":3}", written);

        assertThat(pages.of(1, "{\"v\":3}", parser)).containsSame(written);
        assertThat(parsedTexts).isEmpty();
    }

    @Test
    void a_text_that_cannot_be_read_is_not_kept() {
        var pages = new ParsedCasePages(10);

        assertThat(pages.of(1, "not facts", parser)).isEmpty();
        assertThat(pages.of(1, "not facts", parser)).isEmpty();

        assertThat(parsedTexts).hasSize(2);
        assertThat(pages.size()).isZero();
    }

    @Test
    void beyond_its_capacity_the_page_read_longest_ago_is_dropped() {
        var pages = new ParsedCasePages(2);
        pages.of(1, "{}", parser);
        pages.of(2, "{}", parser);
        pages.of(1, "{}", parser);   // case 1 read again: case 2 is now the one read longest ago

        pages.of(3, "{}", parser);
        pages.of(1, "{}", parser);
        pages.of(2, "{}", parser);

        assertThat(parsedTexts).hasSize(4);   // 1, 2, 3, then 2 again
        assertThat(pages.size()).isEqualTo(2);
        assertThatThrownBy(() -> new ParsedCasePages(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CasePageFacts facts() {
        return new CasePageFacts(List.of(), new CasePlan.Ahead(null, List.of()), List.of(), List.of());
    }
}
