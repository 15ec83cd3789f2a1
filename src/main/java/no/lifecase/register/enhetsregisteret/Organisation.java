package no.lifecase.register.enhetsregisteret;

import java.util.List;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;

/**
 * What a case needs to know about an organisation, taken from its unit and roles in Enhetsregisteret.
 *
 * @param organisationForm the form code, e.g. ENK, AS, FLI (docs/domain.md#organisation-forms)
 * @param boardMembers     who decides for it: the board (leader, deputy, members), or for a sole
 *                         proprietorship, which has no board, its owner
 * @param businessMunicipality kommunenummer of the business address (else the postal address); null if neither has one
 * @param roles            the role codes (DAGL, LEDE, INNH, KONT, ...) held by living persons, whether or not the
 *                         register gave their fødselsnummer
 */
public record Organisation(Organisasjonsnummer organisasjonsnummer, String organisationForm, boolean hasEmployees,
                           boolean vatRegistered, boolean registeredInFrivillighetsregisteret,
                           List<Fodselsnummer> boardMembers, String businessMunicipality, Set<RoleType> roles) {

    public Organisation {
        boardMembers = List.copyOf(boardMembers);
        roles = Set.copyOf(roles);
    }

    public Organisation(Organisasjonsnummer organisasjonsnummer, String organisationForm, boolean hasEmployees,
                        boolean vatRegistered, boolean registeredInFrivillighetsregisteret, List<Fodselsnummer> boardMembers) {
        this(organisasjonsnummer, organisationForm, hasEmployees, vatRegistered, registeredInFrivillighetsregisteret,
                boardMembers, null, Set.of());
    }

    public boolean hasRole(RoleType role) {
        return roles.contains(role);
    }

    /**
     * A voluntary organisation registers as FLI, and may also join Frivillighetsregisteret
     * (docs/domain.md#starting-a-voluntary-organisation).
     */
    public boolean isVoluntary() {
        return "FLI".equals(organisationForm) || registeredInFrivillighetsregisteret;
    }
}
