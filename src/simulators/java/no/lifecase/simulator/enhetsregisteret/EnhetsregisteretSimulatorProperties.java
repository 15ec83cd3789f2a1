package no.lifecase.simulator.enhetsregisteret;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifecase.simulator.enhetsregisteret.*}: which organisations the simulated Enhetsregister starts with.
 *
 * @param seed                  the same seed and population give the same organisations on every start
 * @param soleProprietorships   sole proprietorships (ENK) per thousand adults
 * @param limitedCompanies      limited companies (AS) per thousand adults
 * @param voluntaryOrganisations voluntary organisations (FLI) per thousand adults
 * @param firstOppdateringsid   the id of the first update in the feed
 */
@ConfigurationProperties("lifecase.simulator.enhetsregisteret")
public record EnhetsregisteretSimulatorProperties(Long seed, Integer soleProprietorships, Integer limitedCompanies,
                                                  Integer voluntaryOrganisations, Long firstOppdateringsid) {

    public EnhetsregisteretSimulatorProperties {
        seed = seed == null ? 20_260_301L : seed;
        soleProprietorships = soleProprietorships == null ? 60 : soleProprietorships;
        limitedCompanies = limitedCompanies == null ? 40 : limitedCompanies;
        voluntaryOrganisations = voluntaryOrganisations == null ? 15 : voluntaryOrganisations;
        firstOppdateringsid = firstOppdateringsid == null ? 1L : firstOppdateringsid;
    }
}
