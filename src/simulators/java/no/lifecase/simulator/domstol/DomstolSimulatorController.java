package no.lifecase.simulator.domstol;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The courts' death-case feed at its configured path: {@code /hendelsesliste} (a list of patches of CloudEvents)
 * and {@code /objects/{uuid}} (the case). The Maskinporten scope is checked by the simulators' security chain.
 */
@RestController
@Profile("simulators")
@RequestMapping(DomstolSimulatorController.API)
class DomstolSimulatorController {

    static final String API = "/domstol/hendelsesliste/api";
    private static final int DEFAULT_LIMIT = 100;

    private final SimulatedCourts courts;

    DomstolSimulatorController(SimulatedCourts courts) {
        this.courts = courts;
    }

    /** Each event is a patch of its own: a scenario's changes are separate state changes at the court. */
    @GetMapping("/hendelsesliste")
    List<List<DomstolJson.CloudEvent>> hendelsesliste(@RequestParam(required = false) String from,
                                                       @RequestParam(required = false) Integer limit) {
        if (limit != null && limit < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be at least 1");
        }
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().path(API).toUriString();
        return courts.events(instant(from), limit == null ? DEFAULT_LIMIT : limit).stream()
                .map(event -> List.of(DomstolJson.event(event, base)))
                .toList();
    }

    @GetMapping("/objects/{uuid}")
    ResponseEntity<DomstolJson.Sak> object(@PathVariable String uuid) {
        try {
            return ResponseEntity.of(courts.find(UUID.fromString(uuid)).map(DomstolJson::sak));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "uuid must be a UUID");
        }
    }

    private static Instant instant(String from) {
        try {
            return from == null ? null : OffsetDateTime.parse(from).toInstant();
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be an ISO 8601 date-time");
        }
    }
}
