package no.lifecase.simulator.domstol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The district courts (tingretter) after the court reform of 2021, with their embete codes, and the court of every
 * municipality (docs/adr/0062: the codes other than TOSL, TVES and TAGD are the simulation's own, UNVERIFIED against
 * domstol.no). The courts' table of districts is their own ({@code domstol/court-districts.csv}); Lifecase keeps the same
 * districts as dated reference data, and CourtDistrictsIT holds the two to each other.
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

    /** Where the courts' own table of districts is, on the classpath. */
    static final String DISTRICTS = "domstol/court-districts.csv";

    private final String courtName;

    Court(String courtName) {
        this.courtName = courtName;
    }

    /**
     * The court of a deceased who lived in this municipality (its kommunenummer in force from 2024); empty for a number
     * no district has.
     */
    public static Optional<Court> ofMunicipality(String municipalityNumber) {
        return Optional.ofNullable(Districts.BY_MUNICIPALITY.get(municipalityNumber));
    }

    /** Every municipality in the courts' table, with its court. */
    public static Map<String, Court> districts() {
        return Districts.BY_MUNICIPALITY;
    }

    /** The court with this embete code, such as TSRO. */
    public static Optional<Court> withCode(String code) {
        return Arrays.stream(values()).filter(court -> court.name().equals(code)).findFirst();
    }

    public String courtName() {
        return courtName;
    }

    /** The table, read once when it is first asked for. */
    private static final class Districts {

        static final Map<String, Court> BY_MUNICIPALITY = read();

        private static Map<String, Court> read() {
            var table = Court.class.getClassLoader().getResourceAsStream(DISTRICTS);
            if (table == null) {
                throw new IllegalStateException("The simulated courts have no table of districts at " + DISTRICTS);
            }
            try (var lines = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
                return lines.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kommunenummer;"))
                        .map(line -> line.split(";"))
                        .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> Court.valueOf(row[1])));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
