package no.lifecase.simulator.krr;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * KRR's lookup service at its real path, {@code POST /rest/v1/personer}: 1 to 1000 ids in, one entry per id out
 * (docs/domain.md#krr-and-digital-letters). The Maskinporten scope is checked by the simulators' security chain.
 */
@RestController
@Profile("simulators")
class KrrSimulatorController {

    static final int MAX_IDS = 1000;

    private final SimulatedKrr krr;

    KrrSimulatorController(SimulatedKrr krr) {
        this.krr = krr;
    }

    record Lookup(List<String> personidentifikatorer) {
    }

    record Answer(List<SimulatedKrr.KrrEntry> personer) {
    }

    @PostMapping("/rest/v1/personer")
    Answer personer(@RequestBody Lookup lookup) {
        var ids = lookup.personidentifikatorer();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "personidentifikatorer must hold 1 to " + MAX_IDS + " ids");
        }
        return new Answer(ids.stream().distinct().map(krr::entry).toList());
    }
}
