package no.lifecase.lifeevent;

import java.util.List;
import java.util.Map;

/** What a {@link RegisterStart} rule found: open the case, or refuse with the register's reason. */
public sealed interface RegisterStartDecision {

    /**
     * Open the case.
     *
     * @param facts what the register showed that the process routes on, as start variables
     * @param reads the register reads the rule made, to be logged on the case once it exists
     */
    record Open(Map<String, Object> facts, List<RegisterRead> reads) implements RegisterStartDecision {

        public Open {
            facts = Map.copyOf(facts);
            reads = List.copyOf(reads);
        }
    }

    /**
     * Refuse: the register does not support the case.
     *
     * @param field  the request field the reason concerns ({@code subject} or {@code organisation})
     * @param reason what the register shows, without echoing a personal identity number
     */
    record Refused(String register, String field, String reason) implements RegisterStartDecision {
    }

    /** One register read: {@code fields} about {@code about} (a fødselsnummer or organisasjonsnummer). */
    record RegisterRead(String register, String about, List<String> fields) {

        public RegisterRead {
            fields = List.copyOf(fields);
        }
    }
}
