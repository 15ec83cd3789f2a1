package no.lifecase.evidence;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who answers for a register's data when a citizen says it is wrong: Skatteetaten for Folkeregisteret, Kartverket for
 * the land register, Statens vegvesen for the vehicle register, and for the banks' DSOP answers Finans Norge, which runs
 * DSOP for the banks and can reach the bank in question (docs/adr/0063). Ids are the agency catalogue's.
 */
@Component
public class RegisterOwners {

    private static final Map<String, String> OWNERS = Map.of(
            "folkeregisteret", "skatteetaten",
            "dsop", "finans-norge",
            "kartverket", "kartverket",
            "vegvesen", "statens-vegvesen");

    /** The agency that answers for this register; empty for a register no preview shows. */
    public Optional<String> of(String register) {
        return Optional.ofNullable(OWNERS.get(register));
    }
}
