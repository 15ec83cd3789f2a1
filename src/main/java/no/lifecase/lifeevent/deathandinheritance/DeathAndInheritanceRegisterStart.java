package no.lifecase.lifeevent.deathandinheritance;

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

/** A death case needs the death registered in Folkeregisteret, as personErDoed would announce it. */
@Component
class DeathAndInheritanceRegisterStart implements RegisterStart {

    static final Set<Part> PARTS = Set.of(Part.STATUS, Part.DOEDSFALL);
    static final List<String> FIELDS = List.of("status", "doedsfall");

    private final FolkeregisteretClient folkeregisteret;

    DeathAndInheritanceRegisterStart(FolkeregisteretClient folkeregisteret) {
        this.folkeregisteret = folkeregisteret;
    }

    @Override
    public LifeEvent lifeEvent() {
        return DeathAndInheritanceModule.LIFE_EVENT;
    }

    @Override
    public RegisterStartDecision decide(Fodselsnummer subject, Organisasjonsnummer organisation) {
        var person = folkeregisteret.person(subject, PARTS).orElse(null);
        if (person == null) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret has no person with this number");
        }
        if (!person.isDead()) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret has no death registered for this person");
        }
        return new Open(Map.of(), List.of(new RegisterRead(FolkeregisteretClient.REGISTER, subject.value(), FIELDS)));
    }
}
