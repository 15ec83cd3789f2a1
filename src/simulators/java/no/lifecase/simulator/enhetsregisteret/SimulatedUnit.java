package no.lifecase.simulator.enhetsregisteret;

import java.time.LocalDate;
import java.util.List;
import no.lifecase.simulator.population.Address;

/**
 * One unit of the simulated Enhetsregister, with its roles and, for a voluntary organisation, its entry in
 * Frivillighetsregisteret. Immutable.
 *
 * @param industry          næringskode (SN2007) and its description
 * @param employees         0 when none are registered
 * @param voluntaryRegister the Frivillighetsregisteret entry, or null if the organisation is not registered there
 */
public record SimulatedUnit(
        String organisationNumber,
        String name,
        OrganisationForm form,
        Industry industry,
        Address businessAddress,
        LocalDate founded,
        LocalDate registered,
        int employees,
        boolean vatRegistered,
        boolean inForetaksregisteret,
        List<Role> roles,
        VoluntaryRegistration voluntaryRegister) {

    public SimulatedUnit {
        roles = List.copyOf(roles);
    }

    public boolean inFrivillighetsregisteret() {
        return voluntaryRegister != null;
    }

    /** An industry code from SN2007, the standard Enhetsregisteret uses for {@code naeringskode1}. */
    public record Industry(String code, String description) {
    }

    /**
     * A role held by a person of the population.
     *
     * @param code DAGL, LEDE, MEDL, NEST, INNH ...
     */
    public record Role(String code, String identityNumber) {
    }

    /**
     * @param icnpoNumber e.g. "1.200"; {@code icnpoName} its name
     */
    public record VoluntaryRegistration(LocalDate entered, String accountNumber, String icnpoNumber, String icnpoName,
                                        boolean grasrotandel) {
    }
}
