package no.lifecase.lifeevent;

import java.util.Map;

/**
 * The names a life event already holds for the people of a case, such as the heirs of a death case (docs/adr/0061),
 * so that a page can name them without asking Folkeregisteret again.
 */
public interface NamesOnCase {

    /** @return identity number to name; empty when the life event names nobody on this case */
    Map<String, String> on(String caseReference);
}
