package no.lifecase.lifeevent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.RegisterStartDecision.Open;
import no.lifecase.lifeevent.RegisterStartDecision.Refused;
import no.lifecase.lifeevent.RegisterStartDecision.RegisterRead;
import no.lifecase.register.enhetsregisteret.EnhetsregisteretClient;

/**
 * An organisation's case needs what Enhetsregisteret's {@code Ny} would announce: the organisation registered and
 * not deleted, with a form of this life event, and the subject its founder by the feed's rule ({@code Roller.founder}:
 * owner or general manager, else chair), since the case is the founder's until cases can belong to an organisation.
 * One bean per organisation life event, declared in its folder.
 */
public class OrganisationRegisterStart implements RegisterStart {

    static final List<String> UNIT_FIELDS = List.of("organisasjonsform", "slettedato");
    static final List<String> ROLE_FIELDS = List.of("roller.type", "roller.person.fodselsnummer");

    private final LifeEvent lifeEvent;
    private final Set<String> organisationForms;
    private final EnhetsregisteretClient enhetsregisteret;

    public OrganisationRegisterStart(LifeEvent lifeEvent, Set<String> organisationForms, EnhetsregisteretClient enhetsregisteret) {
        this.lifeEvent = lifeEvent;
        this.organisationForms = Set.copyOf(organisationForms);
        this.enhetsregisteret = enhetsregisteret;
    }

    @Override
    public LifeEvent lifeEvent() {
        return lifeEvent;
    }

    @Override
    public boolean aboutAnOrganisation() {
        return true;
    }

    @Override
    public RegisterStartDecision decide(Fodselsnummer subject, Organisasjonsnummer organisation) {
        var unit = enhetsregisteret.enhet(organisation).filter(found -> !found.isDeleted()).orElse(null);
        if (unit == null) {
            return refused(ORGANISATION, "Enhetsregisteret has no organisation " + organisation.value());
        }
        var form = unit.organisasjonsformKode().orElse(null);
        if (form == null || !organisationForms.contains(form)) {
            return refused(ORGANISATION, "Enhetsregisteret registers organisation " + organisation.value() + " with form "
                    + (form == null ? "none" : form) + ", not " + String.join(" or ", new TreeSet<>(organisationForms)));
        }
        var founder = enhetsregisteret.roller(organisation).founder();
        if (founder.filter(subject.value()::equals).isEmpty()) {
            return refused(SUBJECT, "Enhetsregisteret does not name this person the founder of organisation " + organisation.value()
                    + " (the owner or general manager, else the chair of the board)");
        }
        return new Open(Map.of(), List.of(
                new RegisterRead(EnhetsregisteretClient.REGISTER, organisation.value(), UNIT_FIELDS),
                new RegisterRead(EnhetsregisteretClient.REGISTER, organisation.value(), ROLE_FIELDS)));
    }

    private static Refused refused(String field, String reason) {
        return new Refused(EnhetsregisteretClient.REGISTER, field, reason);
    }
}
