package no.lifecase.simulator.estate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * must not show through their property), get streets in a municipality picked from their number. On each property the
 * grunnbok has none, one or two mortgages (pantedokumenter) to the banks DSOP's simulation knows, following from the
 * property's cadastre number alone.
 */
@Component
@Profile("simulators")
public class SimulatedProperties {

    private static final long SEED = 20_260_602L;
    private static final long ENCUMBRANCE_SEED = 20_261_208L;
    static final String MORTGAGE = "Pantedokument";

    private final Population population;

    SimulatedProperties(Population population) {
        this.population = population;
    }

    /**
     * One property right, in the shape of Digitalt dødsbo's Kartverket test data.
     *
     * @param encumbrances what is registered on the property (ours, UNVERIFIED: the test data has no heftelser)
     */
    public record Property(String address, String city, String postalCode, String type, String municipality,
                           String municipalityNumber, String holdingNumber, String subholdingNumber, String leaseNumber,
                           String sectionNumber, String fractionOwnership, @JsonProperty("isAgriculture") boolean agriculture,
                           List<Encumbrance> encumbrances) {
    }

    /**
     * A heftelse as the grunnbok's {@code findHeftelser} would give it; the field names are ours, UNVERIFIED.
     *
     * @param amount the amount registered, whole kroner
     */
    public record Encumbrance(String documentType, Holder holder, BigDecimal amount, String currency, LocalDate registeredDate) {
    }

    public record Holder(String name, String organizationNumber) {
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
        var holding = 1 + random.nextInt(300);
        var subholding = 1 + random.nextInt(999);
        var lease = leased ? 1 + random.nextInt(20) : 0;
        var section = apartment ? 1 + random.nextInt(40) : 0;
        return new Property(address, municipality.name(), postalCode, leased ? "Leierett" : "Eiendomsrett",
                municipality.name(), municipality.number(), String.valueOf(holding), String.valueOf(subholding),
                String.valueOf(lease), String.valueOf(section), share, agriculture,
                encumbrances(String.format("%s%03d%03d%02d%02d", municipality.number(), holding, subholding, lease, section)));
    }

    /** Drawn apart from the property itself, so the properties stay as they were before the grunnbok was asked. */
    private static List<Encumbrance> encumbrances(String cadastreNumber) {
        var random = EstateRandom.of(ENCUMBRANCE_SEED, cadastreNumber);
        int count = EstateRandom.weighted(random, 35, 50, 15);
        var encumbrances = new ArrayList<Encumbrance>();
        for (int i = 0; i < count; i++) {
            var bank = SimulatedBanks.BANKS.get(random.nextInt(SimulatedBanks.BANKS.size()));
            var amount = BigDecimal.valueOf(50_000L * (6 + random.nextInt(90)));
            var registered = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
            encumbrances.add(new Encumbrance(MORTGAGE, new Holder(bank.name(), bank.organizationNumber()), amount, "NOK", registered));
        }
        encumbrances.sort(Comparator.comparing(Encumbrance::registeredDate));
        return List.copyOf(encumbrances);
    }

    private static Optional<Municipality> municipality(String number) {
        return Municipality.ALL.stream().filter(m -> m.number().equals(number)).findFirst();
    }
}
