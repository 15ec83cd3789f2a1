package no.lifecase.lifeevent;

import java.util.List;
import no.lifecase.agency.AgencyKind;

/**
 * What the catalogue says about one life event: who owns its model, what starts it and which public bodies take part.
 *
 * @param owner    the organisation that owns the process model and answers for the life event
 * @param trigger  what opens a case
 * @param agencies the public bodies the process involves, in the order the case usually meets them
 */
public record LifeEventDescription(LifeEvent lifeEvent, Text owner, Trigger trigger, List<Involved> agencies) {

    /** A text in Norwegian bokmål and English. */
    public record Text(String nb, String en) {
    }

    public enum TriggerKind {
        /** A register event opens the case without the citizen asking (proactive). */
        REGISTER_EVENT,
        /** The citizen starts it in the portal: no register announces it. */
        CITIZEN
    }

    /**
     * @param register the register whose events open the case; none when the citizen starts it
     * @param events   the register's event types that open the case
     */
    public record Trigger(TriggerKind kind, String register, List<String> events, Text description) {

        static Trigger registerEvent(String register, List<String> events, String nb, String en) {
            return new Trigger(TriggerKind.REGISTER_EVENT, register, events, new Text(nb, en));
        }

        static Trigger citizen(String nb, String en) {
            return new Trigger(TriggerKind.CITIZEN, null, List.of(), new Text(nb, en));
        }
    }

    /**
     * A public body in the life event: one agency of the catalogue ({@code agency} set), or whichever municipality,
     * court or health trust the case is routed to ({@code agency} null, {@code description} says which).
     */
    public record Involved(String agency, AgencyKind kind, Text description) {

        static Involved agency(String id) {
            return new Involved(id, null, null);
        }

        static Involved routed(AgencyKind kind, String nb, String en) {
            return new Involved(null, kind, new Text(nb, en));
        }
    }
}
