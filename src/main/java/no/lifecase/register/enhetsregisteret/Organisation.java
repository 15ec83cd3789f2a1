package no.lifecase.register.enhetsregisteret;

import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;

/**
 * What a case needs to know about an organisation, taken from its unit and roles in Enhetsregisteret.
 *
 * @param organisationForm the form code, e.g. ENK, AS, FLI (registers-and-life-events.md §2.5)
 * @param boardMembers     who decides for it: the board (leader, deputy, members), or for a sole
 *                         proprietorship, which has no board, its owner
 */
public record Organisation(Organisasjonsnummer organisasjonsnummer, String organisationForm, boolean hasEmployees,
                           boolean vatRegistered, boolean registeredInFrivillighetsregisteret,
                           List<Fodselsnummer> boardMembers) {

    public Organisation {
        boardMembers = List.copyOf(boardMembers);
    }

    /** §7.7: a voluntary organisation registers as FLI, and may also join Frivillighetsregisteret. */
    public boolean isVoluntary() {
        return "FLI".equals(organisationForm) || registeredInFrivillighetsregisteret;
    }
}
