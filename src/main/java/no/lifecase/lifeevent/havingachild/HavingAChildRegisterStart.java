package no.lifecase.lifeevent.havingachild;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A having-a-child case is about the newborn: Folkeregisteret must know the child, born in the last
 * {@value HavingAChild#NEWBORN_DAYS} days (the feed's rule for a birth), with a mother, whom the process writes to
 * ({@code motherId}). A stillbirth gives the child no number, so only the feed opens that case, for the mother.
 */
@Component
class HavingAChildRegisterStart implements RegisterStart {

    static final Set<Part> PARTS = Set.of(Part.FOEDSEL, Part.RELASJON_UTVIDET);
    static final List<String> FIELDS = List.of("foedsel.foedselsdato", "familierelasjon");

    private final FolkeregisteretClient folkeregisteret;
    private final Clock clock;

    HavingAChildRegisterStart(FolkeregisteretClient folkeregisteret, Clock clock) {
        this.folkeregisteret = folkeregisteret;
        this.clock = clock;
    }

    @Override
    public LifeEvent lifeEvent() {
        return HavingAChildModule.LIFE_EVENT;
    }

    @Override
    public RegisterStartDecision decide(Fodselsnummer subject, Organisasjonsnummer organisation) {
        var child = folkeregisteret.person(subject, PARTS).orElse(null);
        if (child == null) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret has no person with this number");
        }
        var firstDay = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo"))).minusDays(HavingAChild.NEWBORN_DAYS);
        if (child.birthDate().filter(born -> !born.isBefore(firstDay)).isEmpty()) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret has no birth of this person in the last "
                    + HavingAChild.NEWBORN_DAYS + " days: a having-a-child case is about the newborn child");
        }
        if (child.mother().isEmpty()) {
            return new Refused(FolkeregisteretClient.REGISTER, SUBJECT, "Folkeregisteret relates no mother to this child");
        }
        return new Open(Map.of(), List.of(new RegisterRead(FolkeregisteretClient.REGISTER, subject.value(), FIELDS)));
    }
}
