package no.lifecase.simulator.krr;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifecase.simulator.krr.*}: how the simulated KRR spreads the population over its answers. The shares are
 * percentages of the adults; the rest can be reached digitally.
 *
 * @param seed                            the same seed gives each person the same answer on every start
 * @param reserved                        reserved against digital communication (reservasjon JA)
 * @param withoutContactInformation       registered, but without e-mail address or mobile number
 * @param staleContactInformation         contact details older than 18 months (KAN_IKKE_VARSLES)
 * @param digitalMailbox                  of those reachable, the share with a Digipost or e-Boks mailbox
 */
@ConfigurationProperties("lifecase.simulator.krr")
public record KrrSimulatorProperties(Long seed, Integer reserved, Integer withoutContactInformation,
                                     Integer staleContactInformation, Integer digitalMailbox) {

    public KrrSimulatorProperties {
        seed = seed == null ? 20_260_401L : seed;
        reserved = reserved == null ? 10 : reserved;
        withoutContactInformation = withoutContactInformation == null ? 5 : withoutContactInformation;
        staleContactInformation = staleContactInformation == null ? 5 : staleContactInformation;
        digitalMailbox = digitalMailbox == null ? 70 : digitalMailbox;
    }
}
