package no.lifecase.register.estate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The vehicles registered on a person, shaped as Digitalt dødsbo's Statens vegvesen test data
 * ({@code Svv/51234895-vehicles.json}, docs/domain.md#estate-overview-sources).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SvvVehicles(List<Vehicle> vehicles) {

    public SvvVehicles {
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
    }

    /**
     * @param regNr            the registration number, e.g. "EL12345"
     * @param brand            the make
     * @param groupValue       the EU vehicle class, e.g. "M1" for a car ("Personbil" in {@code groupName})
     * @param registrationDate first registered; its year is the vehicle's year in the overview
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Vehicle(String regNr, String brand, String groupName, String groupValue, String model, String owner,
                          String coOwner, LocalDate registrationDate, String status) {
    }
}
