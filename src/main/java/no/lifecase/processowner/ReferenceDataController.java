package no.lifecase.processowner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.lifecase.referencedata.ReferenceData;
import no.lifecase.referencedata.ReferenceEntry;
import no.lifecase.referencedata.ReferenceEntryRefused;
import no.lifecase.referencedata.ReferenceKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Process owners read and add the reference data that changes by date: G, court districts, kommunenummer after
 * mergers (docs/adr/0058-dated-reference-data.md). An entry is never changed or removed: a new value is a new entry
 * from its date, so a decision taken earlier can always be explained by the value it used.
 */
@RestController
@RequestMapping("/api/reference-data")
@Tag(name = "Reference data", description = "Values that change by date and that decisions read at the date that applies")
@ApiResponse(responseCode = "403", description = "The staff user is neither a process owner nor an administrator")
class ReferenceDataController {

    static final URI UNKNOWN_KIND_TYPE = URI.create("https://lifecase.no/problems/unknown-reference-data");
    static final URI REFUSED_TYPE = URI.create("https://lifecase.no/problems/reference-entry-refused");

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Schema(name = "ReferenceDataKind", description = "A kind of reference data and the key its only value has, if it has one")
    record Kind(@Schema(example = "basic-amount") String kind,
                @Schema(description = "The key of a kind with one value only (G); null when each entry names its key",
                        nullable = true) String onlyKey) {
    }

    @Schema(name = "NewReferenceEntry", description = "A value from a date. `key` may be left out for a kind with one key (G).")
    record NewEntry(@Schema(example = "0301", nullable = true) String key,
                    @Schema(example = "130160") String value,
                    @Schema(example = "2025-05-01", type = "string", format = "date") LocalDate validFrom,
                    @Schema(example = "nav.no/grunnbelopet") String source) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listReferenceDataKinds", summary = "The kinds of reference data",
            description = "Each kind of dated reference data, and the key of a kind that has one value only (G)")
    @ApiResponse(responseCode = "200", description = "Every kind")
    List<Kind> kinds() {
        return Arrays.stream(ReferenceKind.values()).map(kind -> new Kind(kind.id(), kind.onlyKey().orElse(null))).toList();
    }

    @GetMapping(path = "/{kind}")
    @Operation(operationId = "listReferenceEntries", summary = "The entries of a kind",
            description = "Every entry of the kind by key and date; with `on`, only the entry of each key in force that day")
    @ApiResponse(responseCode = "200", description = "The entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = ReferenceEntry.class))))
    @ApiResponse(responseCode = "400", description = "`on` is not a date")
    @ApiResponse(responseCode = "404", description = "No such kind of reference data",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> entries(@Parameter(description = "The kind of reference data", example = "basic-amount") @PathVariable String kind,
                              @Parameter(description = "A day, as yyyy-mm-dd", schema = @Schema(type = "string", format = "date"))
                              @RequestParam(required = false) LocalDate on) {
        var known = ReferenceKind.byId(kind);
        if (known.isEmpty()) {
            return unknownKind(kind);
        }
        var entries = referenceData.entries(known.get());
        if (on != null) {
            entries = entries.stream().map(ReferenceEntry::key).distinct()
                    .map(key -> referenceData.inForce(known.get(), key, on)).flatMap(Optional::stream).toList();
        }
        return ResponseEntity.ok(entries);
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addReferenceEntry", summary = "Add a value from a date",
            description = "Validated by its kind: G is a positive whole number, a kommunenummer has four digits, a court "
                    + "is a district court of the agency catalogue. A key has at most one entry per date; the past is not "
                    + "rewritten, a new value is a new entry.")
    @ApiResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReferenceEntry.class)))
    @ApiResponse(responseCode = "400", description = "The body is not JSON of this shape, or a field is missing")
    @ApiResponse(responseCode = "404", description = "No such kind of reference data",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The key already has an entry from that date",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The key or value does not fit the kind",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> add(@Parameter(description = "The kind of reference data", example = "basic-amount") @PathVariable String kind,
                          @RequestBody NewEntry entry, Authentication user) {
        var known = ReferenceKind.byId(kind);
        if (known.isEmpty()) {
            return unknownKind(kind);
        }
        var key = entry.key() == null ? known.get().onlyKey().orElse(null) : entry.key().trim();
        if (key == null || entry.value() == null || entry.validFrom() == null || entry.source() == null || entry.source().isBlank()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "An entry needs key (except for a kind with one key), value, validFrom (yyyy-mm-dd) and source.");
            problem.setTitle("Incomplete entry");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (entry.source().length() > 500) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, "The source is at most 500 characters.");
        }
        try {
            var stored = referenceData.add(known.get(), key, entry.value().trim(), entry.validFrom(), entry.source().trim(), user.getName());
            return ResponseEntity.status(HttpStatus.CREATED).body(stored);
        } catch (ReferenceEntryRefused refused) {
            return refused(refused.why() == ReferenceEntryRefused.Why.DUPLICATE_DATE ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                    refused.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> unknownKind(String kind) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no reference data of the kind \"" + kind
                + "\"; the kinds are " + Arrays.stream(ReferenceKind.values()).map(ReferenceKind::id).toList() + ".");
        problem.setType(UNKNOWN_KIND_TYPE);
        problem.setTitle("Unknown kind of reference data");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(REFUSED_TYPE);
        problem.setTitle("The entry cannot be stored");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
