package no.lifecase.lifeevent;

import java.util.List;
import no.lifecase.language.Text;
import org.springframework.lang.Nullable;

/**
 * What opens a case of a life event, as the catalogue tells it.
 *
 * @param register the register whose events open the case; none when the citizen starts it
 * @param events   the register's event types that open the case
 */
public record Trigger(Kind kind, @Nullable String register, List<String> events, Text description) {

    public enum Kind {
        /** A register event opens the case without the citizen asking (proactive). */
        REGISTER_EVENT,
        /** The citizen starts it in the portal: no register announces it. */
        CITIZEN
    }

    public static Trigger registerEvent(String register, List<String> events, String nb, String nn, String en) {
        return new Trigger(Kind.REGISTER_EVENT, register, List.copyOf(events), new Text(nb, nn, en));
    }

    public static Trigger citizen(String nb, String nn, String en) {
        return new Trigger(Kind.CITIZEN, null, List.of(), new Text(nb, nn, en));
    }
}
