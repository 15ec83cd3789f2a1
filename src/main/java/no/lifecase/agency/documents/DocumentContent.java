package no.lifecase.agency.documents;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What a document says, section by section, exactly as it was written for its reader when it was sent. The HTML page
 * and the PDF are both drawn from it, so they cannot say different things.
 */
public record DocumentContent(List<Section> sections) {

    public DocumentContent {
        sections = List.copyOf(sections);
    }

    /** A part with an optional heading, its paragraphs and, in a decision, the facts it rests on. */
    public record Section(@Nullable String heading, List<String> paragraphs, List<Fact> facts) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            facts = List.copyOf(facts);
        }
    }

    /** One fact a decision rests on, and the register it came from. */
    public record Fact(String label, String value, String source) {
    }
}
