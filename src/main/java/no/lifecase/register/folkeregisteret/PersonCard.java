package no.lifecase.register.folkeregisteret;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.springframework.lang.Nullable;

/**
 * Who a person on a case is, as a caseworker needs to recognise them: name and birth date, and the home address only
 * when it is not protected and the task asked for it.
 *
 * @param birthDate        null if the register gave none
 * @param addressProtected fortrolig or strengt fortrolig: the address never leaves the register's answer
 * @param address          null when protected, not asked for or unknown
 */
public record PersonCard(String identityNumber, String name, @Nullable LocalDate birthDate, boolean addressProtected,
                         @Nullable Address address) {

    public PersonCard {
        if (addressProtected) {
            address = null;
        }
    }

    /** A street address as Folkeregisteret writes it ("Storgata 1 B, 0155 OSLO"). */
    public record Address(String street, @Nullable String postalCode, @Nullable String postalPlace, @Nullable String municipalityNumber) {

        public String oneLine() {
            var place = ((postalCode == null ? "" : postalCode) + " " + (postalPlace == null ? "" : postalPlace)).strip();
            return place.isEmpty() ? street : street + ", " + place;
        }
    }

    /** Whole years on the day; empty without a birth date. */
    public Optional<Integer> ageOn(LocalDate day) {
        return Optional.ofNullable(birthDate).map(born -> Period.between(born, day).getYears());
    }
}
