package no.lifecase.simulator.domstol;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The district courts (tingretter) after the court reform of 2021, with their embete codes, and the court of each
 * municipality the simulated population lives in (docs/adr/0062: the codes other than TOSL, TVES and TAGD are the
 * simulation's own, UNVERIFIED against domstol.no). Lifecase keeps the same districts as dated reference data.
 */
public enum Court {
    TOSL("Oslo tingrett"),
    TFNO("Follo og Nordre Østfold tingrett"),
    TSOF("Søndre Østfold tingrett"),
    TRGL("Romerike og Glåmdal tingrett"),
    TRAB("Ringerike, Asker og Bærum tingrett"),
    TBUS("Buskerud tingrett"),
    TVES("Vestfold tingrett"),
    TTEL("Telemark tingrett"),
    TAGD("Agder tingrett"),
    TSRO("Sør-Rogaland tingrett"),
    THSU("Haugaland og Sunnhordland tingrett"),
    THOR("Hordaland tingrett"),
    TSOG("Sogn og Fjordane tingrett"),
    TMRO("Møre og Romsdal tingrett"),
    TTRO("Trøndelag tingrett"),
    TOIN("Østre Innlandet tingrett"),
    TVIN("Vestre Innlandet tingrett"),
    THEL("Helgeland tingrett"),
    TSAL("Salten og Lofoten tingrett"),
    TMHA("Midtre Hålogaland tingrett"),
    TNTS("Nord-Troms og Senja tingrett"),
    TVFI("Vestre Finnmark tingrett"),
    TIOF("Indre og Østre Finnmark tingrett");

    /** The municipalities of the simulated population (PopulationGenerator) and their courts. */
    private static final Map<String, Court> BY_MUNICIPALITY = Map.of(
            "0301", TOSL, "4601", THOR, "5001", TTRO, "1103", TSRO, "3907", TVES, "5501", TNTS);

    private final String courtName;

    Court(String courtName) {
        this.courtName = courtName;
    }

    /** The court for a deceased who lived in this municipality; Oslo only for one the simulation places nowhere. */
    public static Court forMunicipality(Optional<String> municipalityNumber) {
        return municipalityNumber.map(BY_MUNICIPALITY::get).orElse(TOSL);
    }

    /** The court with this embete code, such as TSRO. */
    public static Optional<Court> withCode(String code) {
        return Arrays.stream(values()).filter(court -> court.name().equals(code)).findFirst();
    }

    public String courtName() {
        return courtName;
    }
}
