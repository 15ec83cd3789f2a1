package no.lifecase.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.JointAnswers;
import org.springframework.stereotype.Component;

/** The panels of questions several people answer together on a case page, from every life event that has one (docs/adr/0061). */
@Component("jointAnswers")
public class JointAnswerPanels {

    private final List<JointAnswers> lifeEvents;

    JointAnswerPanels(List<JointAnswers> lifeEvents) {
        this.lifeEvents = List.copyOf(lifeEvents);
    }

    /** Read only for a case the page has already shown to this citizen. */
    public List<JointAnswers.Panel> onCase(Fodselsnummer reader, String reference, Locale locale) {
        return lifeEvents.stream().map(lifeEvent -> lifeEvent.onCase(reference, reader, locale))
                .flatMap(Optional::stream).toList();
    }
}
