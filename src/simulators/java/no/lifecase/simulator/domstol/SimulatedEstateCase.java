package no.lifecase.simulator.domstol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A death case at a simulated court. Immutable: a decision replaces it.
 *
 * @param skifteform   the courts' code: IKKE_AVGJORT, PRIVAT_SKIFTE, USKIFTE, OFFENTLIG_SKIFTE or
 *                     PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI
 * @param heirsOnAttest the heirs the skifteattest names, empty until one is issued
 */
public record SimulatedEstateCase(UUID sakId, String saksnummer, String deceased, Court court, String status,
                                  String skifteform, List<Heir> heirs, LocalDate received, LocalDate deadline,
                                  String resultatType, List<Heir> heirsOnAttest, LocalDate decided) {

    public SimulatedEstateCase {
        heirs = List.copyOf(heirs);
        heirsOnAttest = List.copyOf(heirsOnAttest);
    }

    public boolean isDecided() {
        return !"IKKE_AVGJORT".equals(skifteform);
    }

    /**
     * @param role        the courts' party role, e.g. BARN or GJENLEV_EKTEFELLE_PARTNER
     * @param takesOnDebt paatarGjeldsansvar: the heir answers for the deceased's debt
     */
    public record Heir(String identityNumber, String role, boolean takesOnDebt) {
    }
}
