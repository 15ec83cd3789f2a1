package no.lifecase.simulator.udi;

import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * UDI's residence basis for a person. UDI publishes no API (docs/domain.md#udi), so the path is ours, under the open
 * {@code /sim/udi/}; the JSON is what {@code register.udi.Oppholdsgrunnlag} reads.
 */
@RestController
@Profile("simulators")
class UdiSimulatorController {

    private final SimulatedUdi udi;

    UdiSimulatorController(SimulatedUdi udi) {
        this.udi = udi;
    }

    record PersonQuery(String foedselsEllerDNummer) {
    }

    record Answer(String foedselsEllerDNummer, String oppholdsgrunnlag, LocalDate vedtaksdato) {
    }

    @PostMapping("/sim/udi/oppholdsgrunnlag")
    ResponseEntity<Answer> residenceBasis(@RequestBody PersonQuery query) {
        return udi.of(query.foedselsEllerDNummer())
                .map(decision -> ResponseEntity.ok(new Answer(query.foedselsEllerDNummer(), decision.basis().code(), decision.decided())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
