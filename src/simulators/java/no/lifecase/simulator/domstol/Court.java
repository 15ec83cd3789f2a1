package no.lifecase.simulator.domstol;

import java.util.Arrays;
import java.util.Optional;

/**
 * The district courts (tingretter) of the municipalities the population lives in, with the courts' embete codes
 * (docs/domain.md#courts-estate-feed).
 */
public enum Court {
    TOSL("Oslo tingrett", "0301"),
    THOD("Hordaland tingrett", "4601"),
    TTRO("Trøndelag tingrett", "5001"),
    TROG("Rogaland tingrett", "1103"),
    TVES("Vestfold tingrett", "3907"),
    TNTS("Nord-Troms og Senja tingrett", "5501");

    private final String courtName;
    private final String municipalityNumber;

    Court(String courtName, String municipalityNumber) {
        this.courtName = courtName;
        this.municipalityNumber = municipalityNumber;
    }

    /** The court for a deceased who lived in this municipality; Oslo for those the simulation places elsewhere. */
    public static Court forMunicipality(Optional<String> municipalityNumber) {
        return Arrays.stream(values())
                .filter(court -> municipalityNumber.filter(court.municipalityNumber::equals).isPresent())
                .findFirst().orElse(TOSL);
    }

    public String courtName() {
        return courtName;
    }
}
