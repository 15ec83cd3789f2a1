package no.lifecase.referencedata;

import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.stereotype.Service;

/**
 * The kommunenummer in force on a date for a number that may be older: the 2020 reform and the 2024 splits gave many
 * municipalities new numbers, and an address or a court district read before then still carries the old one.
 */
@Service
public class MunicipalityNumbers {

    private final ReferenceData referenceData;

    MunicipalityNumbers(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** Follows the replacements in force on {@code date}, one after the other (0710 became 3804, then 3907). */
    public String inForceOn(String number, LocalDate date) {
        var current = number;
        var seen = new HashSet<String>();
        while (seen.add(current)) {
            var replaced = referenceData.inForce(ReferenceKind.MUNICIPALITY_NUMBER, current, date);
            if (replaced.isEmpty()) {
                break;
            }
            current = replaced.get().value();
        }
        return current;
    }
}
