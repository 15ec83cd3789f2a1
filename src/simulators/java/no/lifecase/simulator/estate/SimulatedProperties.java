package no.lifecase.simulator.estate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.Address;
import no.lifecase.simulator.population.Municipality;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Kartverket's side: 0 to 2 property rights per person in the municipality they live in, the first often their
 * home, owned half with a spouse. Persons outside the population, and those with a protected address (whose home
 * must not show through their property), get streets in a municipality picked from their number.
 */
@Component
@Profile("simulators")
public class SimulatedProperties {

    private static final long SEED = 20_260_602L;

    private final Population population;

    SimulatedProperties(Population population) {
        this.population = population;
    }

    /** One property right, in the shape of Digitalt dødsbo's Kartverket test data. */
    public record Property(String address, String city, String postalCode, String type, String municipality,
                           String municipalityNumber, String holdingNumber, String subholdingNumber, String leaseNumber,
                           String sectionNumber, String fractionOwnership, @JsonProperty("isAgriculture") boolean agriculture) {
    }

    public List<Property> of(Fodselsnummer owner) {
        var random = EstateRandom.of(SEED, owner.value());
        int count = EstateRandom.weighted(random, 35, 50, 15);
        var person = population.find(owner.value());
        var home = person.filter(p -> !p.hasProtectedAddress()).map(SimulatedPerson::address)
                .filter(address -> municipality(address.municipalityNumber()).isPresent());
        var municipality = home.flatMap(address -> municipality(address.municipalityNumber()))
                .orElseGet(() -> Municipality.ALL.get(random.nextInt(Municipality.ALL.size())));
        var share = person.map(p -> p.civilStatus().hasSpouse()).orElse(false) ? "1/2" : "1/1";

        var properties = new ArrayList<Property>();
        for (int i = 0; i < count; i++) {
            boolean atHome = i == 0 && home.isPresent() && random.nextInt(100) < 70;
            properties.add(property(municipality, atHome ? home.get() : null, share, random));
        }
        return List.copyOf(properties);
    }

    private static Property property(Municipality municipality, Address home, String share, SplittableRandom random) {
        var street = municipality.streets().get(random.nextInt(municipality.streets().size()));
        var address = home != null ? home.streetName() + " " + home.houseNumber() : street.name() + " " + (1 + random.nextInt(120));
        var postalCode = home != null ? home.postalCode() : street.postalCode();
        boolean apartment = random.nextInt(100) < 40;
        boolean leased = !apartment && random.nextInt(100) < 10;
        boolean agriculture = !apartment && !leased && !"0301".equals(municipality.number()) && random.nextInt(100) < 10;
        return new Property(address, municipality.name(), postalCode, leased ? "Leierett" : "Eiendomsrett",
                municipality.name(), municipality.number(), String.valueOf(1 + random.nextInt(300)),
                String.valueOf(1 + random.nextInt(999)), leased ? String.valueOf(1 + random.nextInt(20)) : "0",
                apartment ? String.valueOf(1 + random.nextInt(40)) : "0", share, agriculture);
    }

    private static Optional<Municipality> municipality(String number) {
        return Municipality.ALL.stream().filter(m -> m.number().equals(number)).findFirst();
    }
}
