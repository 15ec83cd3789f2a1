package no.lifecase.lifeevent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;

/**
 * What a life event shows on a case page about a question several people answer together, such as the heirs'
 * declaration of how an estate is settled (docs/adr/0061): who has answered, by name, and what only the reader may see.
 * The portal lists every life event's panel without knowing the life event.
 */
public interface JointAnswers {

    /**
     * @param reader the citizen reading the case page, who may see the case
     * @return empty when the case asks nobody this life event's question
     */
    Optional<Panel> onCase(String caseReference, Fodselsnummer reader, Locale locale);

    /** The panel in the reader's language. */
    record Panel(String heading, String intro, List<Answer> answers) {
    }

    /** One person asked: their name and where their answer stands, as the reader may see it. */
    record Answer(String name, String status) {
    }
}
