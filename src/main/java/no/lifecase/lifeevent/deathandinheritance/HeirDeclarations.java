package no.lifecase.lifeevent.deathandinheritance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * The heirs asked how a death case's estate is settled and what each has answered (table {@code heir_declaration},
 * docs/adr/0061). Written in the engine's transaction by the steps that ask and that record an answer, so the page
 * never shows an answer the case does not have.
 */
@Service
class HeirDeclarations {

    /** One heir: who answers for them (the heir, or a minor heir's guardian) and, once answered, the choice. */
    record Heir(String heir, String name, String answeredBy, @Nullable String choice, boolean takesOnDebts, @Nullable Instant answeredAt) {

        boolean answered() {
            return answeredAt != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    HeirDeclarations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The heirs are asked; a retried step asks again from the start. */
    void ask(String caseRef, List<Heir> heirs) {
        jdbc.update("delete from heir_declaration where case_ref = ?", caseRef);
        var now = Timestamp.from(clock.instant());
        for (var heir : heirs) {
            jdbc.update("insert into heir_declaration (case_ref, heir_id, heir_name, answered_by, choice, takes_on_debts, asked_at) "
                    + "values (?, ?, ?, ?, null, false, ?)", caseRef, heir.heir(), heir.name(), heir.answeredBy(), now);
        }
    }

    void answer(String caseRef, String heir, String choice, boolean takesOnDebts) {
        jdbc.update("update heir_declaration set choice = ?, takes_on_debts = ?, answered_at = ? where case_ref = ? and heir_id = ?",
                choice, takesOnDebts, Timestamp.from(clock.instant()), caseRef, heir);
    }

    List<Heir> of(String caseRef) {
        return jdbc.query("select heir_id, heir_name, answered_by, choice, takes_on_debts, answered_at from heir_declaration "
                        + "where case_ref = ? order by heir_name, heir_id",
                (row, i) -> new Heir(row.getString("heir_id"), row.getString("heir_name"), row.getString("answered_by"),
                        row.getString("choice"), row.getBoolean("takes_on_debts"),
                        row.getTimestamp("answered_at") == null ? null : row.getTimestamp("answered_at").toInstant()),
                caseRef);
    }
}
