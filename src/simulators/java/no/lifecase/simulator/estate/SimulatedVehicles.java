package no.lifecase.simulator.estate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Statens vegvesen's side: 0 to 2 cars registered on each person, with Norwegian registration numbers. */
@Component
@Profile("simulators")
public class SimulatedVehicles {

    private static final long SEED = 20_260_603L;
    private static final String[][] MODELS = {
            {"Tesla", "Model Y"}, {"Tesla", "Model 3"}, {"Volkswagen", "ID.4"}, {"Volkswagen", "Golf"},
            {"Toyota", "RAV4"}, {"Toyota", "Corolla"}, {"Volvo", "XC60"}, {"Volvo", "V70"}, {"Skoda", "Octavia"},
            {"Nissan", "Leaf"}, {"Ford", "Focus"}, {"Audi", "Q4 e-tron"}};
    /** Letter pairs of the kind Norwegian plates start with; EL, EK, EV and the like mark electric cars. */
    private static final String[] PREFIXES = {"EL", "EK", "EV", "EB", "BD", "DN", "KH", "SU", "VH", "ZT", "AJ", "RF"};

    private final Population population;

    SimulatedVehicles(Population population) {
        this.population = population;
    }

    /** One vehicle, in the shape of Digitalt dødsbo's Statens vegvesen test data. */
    public record Vehicle(String regNr, String brand, String groupName, String groupValue, String model, String owner,
                          String coOwner, LocalDate registrationDate, String status) {
    }

    public List<Vehicle> of(Fodselsnummer owner) {
        var random = EstateRandom.of(SEED, owner.value());
        int count = EstateRandom.weighted(random, 35, 45, 20);
        var name = population.find(owner.value()).map(SimulatedPerson::fullName).map(n -> n.toUpperCase(Locale.ROOT)).orElse(null);
        var vehicles = new ArrayList<Vehicle>();
        for (int i = 0; i < count; i++) {
            var model = MODELS[random.nextInt(MODELS.length)];
            var regNr = PREFIXES[random.nextInt(PREFIXES.length)] + random.nextInt(10_000, 100_000);
            var registered = LocalDate.of(random.nextInt(2004, 2026), 1 + random.nextInt(12), 1 + random.nextInt(28));
            vehicles.add(new Vehicle(regNr, model[0], "Personbil", "M1", model[1], name, null, registered, "REGISTRERT"));
        }
        return List.copyOf(vehicles);
    }
}
