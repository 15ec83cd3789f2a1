package no.lifecase.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.documents.Decision;
import org.junit.jupiter.api.Test;

class RecordedDecisionTest {

    private final RecordedDecision decision = new RecordedDecision("d-1", "LE-2026-000001", "pi-1", "unemployment-benefit",
            DecisionKind.AUTOMATIC, "granted", null, null, "unemployment-benefit", 1, List.of(), List.of(
                    new DecisionInput("employmentConfirmed", "Is the employment in Aa-registeret?", true, "Aa-registeret"),
                    new DecisionInput("reason", "Why the job is lost", "dismissed", null),
                    new DecisionInput("incomeLast12Months / grunnbelop", "Income in the last 12 months, in G", 3.69, "a-ordningen"),
                    new DecisionInput("incomeLast36Months / grunnbelop", "Income in the last 36 months, in G", null, "a-ordningen")),
            Map.of(), null, "", "folketrygdloven §§ 4-3 og 4-4", "NAV-loven § 4 a", null, null, Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void a_letter_names_the_facts_from_registers_that_have_a_value_under_the_key_it_gives_them() {
        assertThat(decision.letterFacts(name -> name)).containsExactly(
                new Decision.Fact("employmentConfirmed", true, "aa-registeret"),
                new Decision.Fact("incomeLast12Months / grunnbelop", 3.69, "a-ordningen"));
    }

    @Test
    void an_input_the_letter_gives_no_key_stays_out_of_it() {
        assertThat(decision.letterFacts(Map.of("incomeLast12Months / grunnbelop", "incomeLast12MonthsInG")::get))
                .containsExactly(new Decision.Fact("incomeLast12MonthsInG", 3.69, "a-ordningen"));
    }
}
