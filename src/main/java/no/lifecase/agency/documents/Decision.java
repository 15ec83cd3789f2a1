package no.lifecase.agency.documents;

import java.util.List;

/**
 * A decision to write to a person: which one ({@code name}, the key of its texts in the life event's
 * {@code letters.<tag>.properties}), the values its sentences need ({@code {0}}, {@code {1}}, … in what was decided,
 * the amount and the period; dates and numbers are written in the reader's language) and the facts it rests on, each
 * from a register. The rules it rests on and the right to appeal come from the texts (forvaltningsloven §§ 24–27).
 *
 * <p>A decision recorded on the case (docs/adr/0055) also gives its id ({@code decisionId}), so the letter leads back
 * to it; the provision it rests on ({@code legalBasis}); for an automated decision the provision that allows deciding
 * automatically ({@code automationBasis}), which gives the reader the right to ask for a person to look at it; and the
 * caseworker's own reasons ({@code reasons}). Each may be null.
 */
public record Decision(String name, List<Object> values, List<Fact> facts, String decisionId, String legalBasis,
                       String automationBasis, String reasons) {

    public Decision {
        values = List.copyOf(values);
        facts = List.copyOf(facts);
    }

    /** A decision the case has not recorded. */
    public Decision(String name, List<Object> values, List<Fact> facts) {
        this(name, values, facts, null, null, null, null);
    }

    /** A decision recorded on the case, whose letter names it. */
    public Decision(String name, List<Object> values, List<Fact> facts, String decisionId) {
        this(name, values, facts, decisionId, null, null, null);
    }

    /**
     * A fact the decision rests on: its label is the text {@code <name>.fact.<key>}, its register the text
     * {@code register.<register>}.
     */
    public record Fact(String key, Object value, String register) {
    }
}
