package no.lifecase.simulator.estate;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kartverket's property rights of a person, in Digitalt dødsbo's JSON. The real grunnbok service is SOAP and its
 * JSON path is UNVERIFIED, so the path is ours, under the open {@code /sim/estate/}.
 */
@RestController
@Profile("simulators")
class KartverketSimulatorController {

    private final SimulatedProperties properties;

    KartverketSimulatorController(SimulatedProperties properties) {
        this.properties = properties;
    }

    record Answer(PropertyRights propertyRights) {
    }

    /** @param propertiesWithRights rights in others' property (e.g. a right of way): none in the simulation */
    record PropertyRights(List<SimulatedProperties.Property> properties, List<Object> propertiesWithRights) {
    }

    @PostMapping("/sim/estate/kartverket/properties")
    Answer properties(@RequestBody PersonQuery query) {
        return new Answer(new PropertyRights(properties.of(query.person()), List.of()));
    }
}
