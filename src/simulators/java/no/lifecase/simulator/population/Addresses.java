package no.lifecase.simulator.population;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Picks real streets in the simulated municipalities, weighted by municipality size. */
final class Addresses {

    private static final int TOTAL_WEIGHT = Municipality.ALL.stream().mapToInt(Municipality::weight).sum();

    private final RandomGenerator random;

    Addresses(RandomGenerator random) {
        this.random = random;
    }

    Address random(LocalDate movedIn) {
        int point = random.nextInt(TOTAL_WEIGHT);
        for (var municipality : Municipality.ALL) {
            point -= municipality.weight();
            if (point < 0) {
                return in(municipality, movedIn);
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /**
     * @throws IllegalArgumentException for a municipality the simulation has no streets in
     */
    Address in(String municipalityNumber, LocalDate movedIn) {
        return in(Municipality.ALL.stream().filter(m -> m.number().equals(municipalityNumber)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The simulation has no streets in municipality " + municipalityNumber)),
                movedIn);
    }

    private Address in(Municipality municipality, LocalDate movedIn) {
        var street = municipality.streets().get(random.nextInt(municipality.streets().size()));
        return new Address(street.name(), String.valueOf(1 + random.nextInt(120)), street.postalCode(),
                municipality.postalPlace(), municipality.number(), movedIn);
    }
}
