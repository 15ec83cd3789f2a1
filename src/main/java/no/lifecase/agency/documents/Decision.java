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
 *
 * <p>A decision whose sender differs from one case to the next (an appeal's: the deciding agency or the appeal body of
 * that appeal, docs/adr/0056) names it ({@code senderAgency}); else, and for every other letter, {@code letters.properties}
 * names the sender.
 */
public record Decision(String name, List<Object> values, List<Fact> facts, String decisionId, String legalBasis,
                       String automationBasis, String reasons, String senderAgency) {

    public Decision {
        values = List.copyOf(values);
        facts = List.copyOf(facts);
    }

    /** A decision sent by the agency its texts name. */
    public Decision(String name, List<Object> values, List<Fact> facts, String decisionId, String legalBasis,
                    String automationBasis, String reasons) {
        this(name, values, facts, decisionId, legalBasis, automationBasis, reasons, null);
    }

    /** A decision the case has not recorded. */
    public Decision(String name, List<Object> values, List<Fact> facts) {
        this(name, values, facts, null, null, null, null, null);
    }

    /** A decision recorded on the case, whose letter names it. */
    public Decision(String name, List<Object> values, List<Fact> facts, String decisionId) {
        this(name, values, facts, decisionId, null, null, null, null);
    }

    /** A value its sentences write as this agency's name in the reader's language, for a sender the texts cannot know. */
    public record AgencyName(String agencyId) {
    }

    /**
     * A fact the decision rests on: its label is the text {@code <name>.fact.<key>}, its register the text
     * {@code register.<register>}.
     */
    public record Fact(String key, Object value, String register) {
    }
}
