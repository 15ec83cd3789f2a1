package no.lifecase.lifeevent.newinnorway;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.RegisterStart;
import no.lifecase.lifeevent.RegisterStartDecision.Open;
import no.lifecase.lifeevent.RegisterStartDecision.Refused;
import no.lifecase.lifeevent.RegisterStartDecision.RegisterRead;
import no.lifecase.lifeevent.RegisterStartDecision;
import no.lifecase.register.folkeregisteret.FolkeregisteretClient;
import no.lifecase.register.folkeregisteret.Part;
import org.springframework.stereotype.Component;

/**
 * A new-in-norway case needs what the feed opens it on (ADR 16): a living person whom Folkeregisteret registers as
 * moved to Norway (innflytting), or who holds a D-number, as those who come to work or study do.
 */
@Component
class NewInNorwayRegisterStart implements RegisterStart {

    static final Set<Part> PARTS = Set.of(Part.STATUS, Part.DOEDSFALL, Part.INNFLYTTING);
    static final List<String> FIELDS = List.of("status", "doedsfall", "innflytting");

    private final FolkeregisteretClient folkeregisteret;

    NewInNorwayRegisterStart(FolkeregisteretClient folkeregisteret) {
        this.folkeregisteret = folkeregisteret;
    }

    @Override
    public LifeEvent lifeEvent() {
        return NewInNorwayModule.LIFE_EVENT;
    }

    @Override
    public RegisterStartDecision decide(Fodselsnummer subject, Organisasjonsnummer organisation) {
        var person = folkeregisteret.person(subject, PARTS).orElse(null);
        if (person == null) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret has no person with this number");
        }
        if (person.isDead()) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret registers this person as dead");
        }
        if (!subject.isDNumber() && person.immigratedFrom().isEmpty()) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT,
                    "Folkeregisteret has no move to Norway registered for this person, and the number is not a D-number");
        }
        return new Open(Map.of(), List.of(new RegisterRead(FolkeregisteretClient.REGISTER, subject.value(), FIELDS)));
    }
}
