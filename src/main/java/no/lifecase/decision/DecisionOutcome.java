package no.lifecase.decision;

import java.util.Optional;
import java.util.Set;

/** The outcomes a decision may have, as models and forms write them. */
public final class DecisionOutcome {

    public static final String GRANTED = "granted";
    public static final String REFUSED = "refused";
    public static final String REDUCED = "reduced";

    static final Set<String> ALL = Set.of(GRANTED, REFUSED, REDUCED);

    private DecisionOutcome() {
    }

    /** The outcome a model or form gave, if it is one of ours; anything else is no outcome. */
    public static Optional<String> of(Object value) {
        return value instanceof String text && ALL.contains(text) ? Optional.of(text) : Optional.empty();
    }
}
