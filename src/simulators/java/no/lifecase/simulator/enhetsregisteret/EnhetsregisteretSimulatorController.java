package no.lifecase.simulator.enhetsregisteret;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import no.lifecase.simulator.population.Population;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Enhetsregisteret's open data API at its real paths under {@code /enhetsregisteret/api}: units, roles and the update
 * feed (docs/domain.md#enhetsregisteret, docs/domain.md#enhetsregisteret-update-feed).
 */
@RestController
@Profile("simulators")
class EnhetsregisteretSimulatorController {

    private static final String API = "/enhetsregisteret/api";
    private static final int MAX_PAGE_SIZE = 10_000;

    private final SimulatedEnhetsregister register;
    private final Population population;

    EnhetsregisteretSimulatorController(SimulatedEnhetsregister register, Population population) {
        this.register = register;
        this.population = population;
    }

    @GetMapping(API + "/enheter/{organisasjonsnummer}")
    ResponseEntity<EnhetsregisteretJson.Enhet> enhet(@PathVariable String organisasjonsnummer) {
        requireNineDigits(organisasjonsnummer);
        return ResponseEntity.of(register.find(organisasjonsnummer).map(unit -> EnhetsregisteretJson.enhet(unit, baseUrl())));
    }

    /** Also at the authorised API's path, which is where the real register gives roles with fødselsnummer. */
    @GetMapping({API + "/enheter/{organisasjonsnummer}/roller", "/enhetsregisteret/autorisert-api/enheter/{organisasjonsnummer}/roller"})
    ResponseEntity<EnhetsregisteretJson.Roller> roller(@PathVariable String organisasjonsnummer) {
        requireNineDigits(organisasjonsnummer);
        return ResponseEntity.of(register.find(organisasjonsnummer).map(unit -> EnhetsregisteretJson.roller(unit, population)));
    }

    /** Paged like the real feed; a poller moves {@code oppdateringsid} and stays on page 0. */
    @GetMapping(API + "/oppdateringer/enheter")
    EnhetsregisteretJson.Oppdateringer oppdateringer(@RequestParam(required = false) Long oppdateringsid,
                                                     @RequestParam(required = false) String dato,
                                                     @RequestParam(required = false) String organisasjonsnummer,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size) {
        if (oppdateringsid != null && oppdateringsid < 1 || page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "oppdateringsid >= 1, page >= 0, 1 <= size <= " + MAX_PAGE_SIZE);
        }
        var numbers = organisasjonsnummer == null ? List.<String>of()
                : Arrays.stream(organisasjonsnummer.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        var matching = register.updates(oppdateringsid, instant(dato), numbers);
        long from = (long) page * size;
        var pageOfUpdates = from >= matching.size() ? List.<SimulatedEnhetsregister.Update>of()
                : matching.subList((int) from, (int) Math.min(matching.size(), from + size));
        var query = (oppdateringsid == null ? "" : "oppdateringsid=" + oppdateringsid + "&")
                + (dato == null ? "" : "dato=" + dato + "&")
                + (organisasjonsnummer == null ? "" : "organisasjonsnummer=" + organisasjonsnummer + "&");
        return EnhetsregisteretJson.oppdateringer(pageOfUpdates, page, size, matching.size(), baseUrl(), query);
    }

    private static Instant instant(String dato) {
        try {
            return dato == null ? null : Instant.parse(dato);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dato must be yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        }
    }

    private static void requireNineDigits(String organisasjonsnummer) {
        if (!organisasjonsnummer.matches("\\d{9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Organisasjonsnummer must be 9 digits");
        }
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(API).toUriString();
    }
}
