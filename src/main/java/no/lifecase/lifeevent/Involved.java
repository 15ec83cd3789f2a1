package no.lifecase.lifeevent;

import no.lifecase.agency.AgencyKind;
import no.lifecase.language.Text;

/**
 * A public body in a life event: one agency of the catalogue ({@code agency} set), or whichever municipality, court
 * or health trust the case is routed to ({@code agency} null, {@code description} says which).
 */
public record Involved(String agency, AgencyKind kind, Text description) {

    public static Involved agency(String id) {
        return new Involved(id, null, null);
    }

    public static Involved routed(AgencyKind kind, String nb, String nn, String en) {
        return new Involved(null, kind, new Text(nb, nn, en));
    }
}
