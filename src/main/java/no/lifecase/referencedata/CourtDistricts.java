package no.lifecase.referencedata;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The district court (tingrett) of a municipality on a date, by the court districts in force then. */
@Service
public class CourtDistricts {

    private final ReferenceData referenceData;
    private final MunicipalityNumbers municipalityNumbers;

    CourtDistricts(ReferenceData referenceData, MunicipalityNumbers municipalityNumbers) {
        this.referenceData = referenceData;
        this.municipalityNumbers = municipalityNumbers;
    }

    /** The court's agency id, such as {@code tingrett-TOSL}; empty when no district is known for the municipality. */
    public Optional<String> courtOf(String municipalityNumber, LocalDate date) {
        var current = municipalityNumbers.inForceOn(municipalityNumber, date);
        return referenceData.inForce(ReferenceKind.COURT_DISTRICT, current, date).map(ReferenceEntry::value);
    }
}
