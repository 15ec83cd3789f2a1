package no.lifecase.agency.documents;

import java.util.List;

/**
 * A decision to write to a person: which one ({@code name}, the key of its texts in the life event's
 * {@code letters.<tag>.properties}), the values its sentences need ({@code {0}}, {@code {1}}, … in what was decided,
 * the amount and the period; dates and numbers are written in the reader's language) and the facts it rests on, each
 * from a register. The rules it rests on and the right to appeal come from the texts (forvaltningsloven §§ 24–27).
 * {@code decisionId} names the decision recorded on the case (docs/adr/0055), so the letter leads back to it.
 */
public record Decision(String name, List<Object> values, List<Fact> facts, String decisionId) {

    public Decision {
        values = List.copyOf(values);
        facts = List.copyOf(facts);
    }

    /** A decision the case has not recorded (docs/adr/0055 records every new one). */
    public Decision(String name, List<Object> values, List<Fact> facts) {
        this(name, values, facts, null);
    }

    /**
     * A fact the decision rests on: its label is the text {@code <name>.fact.<key>}, its register the text
     * {@code register.<register>}.
     */
    public record Fact(String key, Object value, String register) {
    }
}
