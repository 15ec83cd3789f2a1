package no.lifecase.simulator.population;

import java.time.LocalDate;

/** A street address ({@code vegadresse}) and the date the person moved in. */
public record Address(String streetName, String houseNumber, String postalCode, String postalPlace,
                      String municipalityNumber, LocalDate movedIn) {

    public Address movedInOn(LocalDate date) {
        return new Address(streetName, houseNumber, postalCode, postalPlace, municipalityNumber, date);
    }
}
