package no.lifecase.simulator.agency;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.lifecase.agency.CitizenLetter;
import no.lifecase.agency.LetterPost;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The digital mailboxes and the print service: keeps each letter once, by id, as the real service would. */
@Component
@Profile("simulators")
public class SimulatedLetterPost implements LetterPost {

    private final Map<String, CitizenLetter> posted = new ConcurrentHashMap<>();

    @Override
    public void post(CitizenLetter letter) {
        posted.putIfAbsent(letter.id(), letter);
    }

    public List<CitizenLetter> postedFor(String caseRef) {
        return posted.values().stream().filter(letter -> letter.caseRef().equals(caseRef)).toList();
    }
}
