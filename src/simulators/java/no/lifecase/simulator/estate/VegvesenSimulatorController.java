package no.lifecase.simulator.estate;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statens vegvesen's vehicles registered on a person, in Digitalt dødsbo's JSON. A lookup by owner is not in the
 * public kjøretøyopplysninger API (UNVERIFIED), so the path is ours, under the open {@code /sim/estate/}.
 */
@RestController
@Profile("simulators")
class VegvesenSimulatorController {

    private final SimulatedVehicles vehicles;

    VegvesenSimulatorController(SimulatedVehicles vehicles) {
        this.vehicles = vehicles;
    }

    record Answer(List<SimulatedVehicles.Vehicle> vehicles) {
    }

    @PostMapping("/sim/estate/vegvesen/vehicles")
    Answer vehicles(@RequestBody PersonQuery query) {
        return new Answer(vehicles.of(query.person()));
    }
}
