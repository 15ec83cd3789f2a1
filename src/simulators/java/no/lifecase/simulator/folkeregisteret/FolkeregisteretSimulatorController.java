package no.lifecase.simulator.folkeregisteret;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.simulator.population.Population;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Folkeregisteret "offentlig med hjemmel" v1, behind its real path, serving the synthetic population: person
 * lookup with {@code part}, the archived person document of an event, the event feed and its last sequence
 * number, and the event document. Errors carry the register's {@code {"kode","melding"}} body.
 */
@RestController
@Profile("simulators")
@RequestMapping(path = "/folkeregisteret/offentlig-med-hjemmel/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FolkeregisteretSimulatorController {

    static final String REGISTER = "folkeregisteret";
    /** The register's fixed page size. */
    static final int PAGE_SIZE = 1000;

    /** As the register writes it, e.g. 2017-06-20T09:26:03.689+02:00. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final Population population;
    private final EventLog events;

    FolkeregisteretSimulatorController(Population population, EventLog events, SimulatorFaults faults) {
        this.population = population;
        this.events = events;
        faults.describeErrors(REGISTER, status -> FregError.forStatus(status).json());
    }

    @GetMapping("/personer/{personidentifikator}")
    ResponseEntity<?> person(@PathVariable String personidentifikator, @RequestParam(name = "part", required = false) List<String> part) {
        if (!Fodselsnummer.isValid(personidentifikator)) {
            return error(HttpStatus.BAD_REQUEST);
        }
        var parts = Parts.of(part);
        return population.find(personidentifikator)
                .<ResponseEntity<?>>map(person -> ResponseEntity.ok(PersonDocument.render(person, parts, events.earlierVersions(person))))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/personer/arkiv/{dokumentidentifikator}")
    ResponseEntity<?> archivedPerson(@PathVariable String dokumentidentifikator,
                                     @RequestParam(name = "part", required = false) List<String> part) {
        var parts = Parts.of(part);
        return events.personDocument(dokumentidentifikator)
                .<ResponseEntity<?>>map(person -> ResponseEntity.ok(PersonDocument.render(person, parts, List.of())))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND));
    }

    /** ETag names the page's first and last sequence numbers: a page changes only when events are added to it. */
    @GetMapping("/hendelser/feed")
    ResponseEntity<?> feed(@RequestParam long seq, @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        if (seq < 0) {
            return error(HttpStatus.BAD_REQUEST);
        }
        var page = events.from(seq, PAGE_SIZE);
        var etag = "\"" + seq + "-" + (page.isEmpty() ? events.lastSequenceNumber() : page.get(page.size() - 1).sekvensnummer()) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(page.stream().map(FolkeregisteretSimulatorController::feedEntry).toList());
    }

    @GetMapping("/hendelser/siste/sekvensnummer")
    long lastSequenceNumber() {
        return events.lastSequenceNumber();
    }

    /** The "thick" event: which person and what kind of change. The changed entities are not simulated. */
    @GetMapping("/hendelser/{hendelsesidentifikator}")
    ResponseEntity<?> eventDocument(@PathVariable String hendelsesidentifikator) {
        return events.event(hendelsesidentifikator).<ResponseEntity<?>>map(event -> {
            var hendelse = new LinkedHashMap<String, Object>();
            hendelse.put("folkeregisteridentifikator", event.folkeregisteridentifikator());
            hendelse.put("hendelsestype", event.hendelsetype());
            hendelse.put("ajourholdstidspunkt", TIMESTAMP.format(event.ajourholdstidspunkt()));
            return ResponseEntity.ok(Map.of("dokumentidentifikator", event.hendelsesdokument(), "skjemaversjon", "1.0",
                    "hendelse", hendelse));
        }).orElseGet(() -> error(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<FregError> badRequest(Exception e) {
        return error(HttpStatus.BAD_REQUEST);
    }

    /** The feed item spells it {@code hendelsetype}; the event document {@code hendelsestype}. */
    private static Map<String, Object> feedEntry(StoredEvent event) {
        var hendelse = new LinkedHashMap<String, Object>();
        hendelse.put("folkeregisteridentifikator", event.folkeregisteridentifikator());
        hendelse.put("hendelsetype", event.hendelsetype());
        hendelse.put("hendelsesdokument", event.hendelsesdokument());
        hendelse.put("persondokument", event.persondokument());
        hendelse.put("ajourholdstidspunkt", TIMESTAMP.format(event.ajourholdstidspunkt()));
        var entry = new LinkedHashMap<String, Object>();
        entry.put("sekvensnummer", event.sekvensnummer());
        entry.put("hendelse", hendelse);
        return entry;
    }

    private static ResponseEntity<FregError> error(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(FregError.forStatus(status.value()));
    }
}
