package no.lifecase.processowner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.lifecase.publicaddress.PublicAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Process owners move running cases to a new version of their process (ADR 0031): a plan with a dry run, then a
 * batch whose progress and outcome they follow. Behind {@link ProcessOwnerSecurity} like the rest of /api/models.
 */
@RestController
@RequestMapping("/api/models/migrations")
@Tag(name = "Migrations", description = "Running cases moved to a new version of their process (docs/adr/0031)")
@ApiResponse(responseCode = "403", description = "The staff user is neither a process owner nor an administrator")
class MigrationsController {

    private final ModelMigrations migrations;
    private final PublicAddress publicAddress;

    MigrationsController(ModelMigrations migrations, PublicAddress publicAddress) {
        this.migrations = migrations;
        this.publicAddress = publicAddress;
    }

    /** The plan and what it would do to every running case; changes nothing. */
    @PostMapping(path = "/plan", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "planMigration", summary = "Plan a migration and dry-run it",
            description = "Builds the migration plan from the source to the target version (activities with equal ids map "
                    + "themselves; instructions map the others) and checks it against every running case of the source "
                    + "version. Changes nothing.")
    @ApiResponse(responseCode = "200", description = "The plan and what it would do to each running case")
    @ApiResponse(responseCode = "400", description = "A definition is missing, a version is not valid, or an instruction is "
            + "incomplete; `field` names it")
    @ApiResponse(responseCode = "422", description = "A definition does not exist, the two are different processes or the "
            + "same version, or the engine cannot build the plan")
    ModelMigrations.Plan plan(@RequestBody MigrationRequest request) {
        return migrations.plan(request);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startMigration", summary = "Start a migration",
            description = "Dry-runs the plan again and starts the engine's batch for the running cases of the source version. "
                    + "One case that cannot move stops it, unless `onlyValidInstances` asks for the others only.")
    @ApiResponse(responseCode = "202", description = "The batch is started; Location is its progress",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The migration's progress", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A definition is missing, a version is not valid, or an instruction is "
            + "incomplete; `field` names it")
    @ApiResponse(responseCode = "409", description = "Some running cases cannot be migrated (and only the valid ones were "
            + "not asked for), or no case runs on the source version")
    @ApiResponse(responseCode = "422", description = "A definition does not exist, the two are different processes or the "
            + "same version, or the engine cannot build the plan")
    ResponseEntity<ModelMigrations.Started> start(@RequestBody MigrationRequest request, Authentication user) {
        var started = migrations.start(request, user.getName());
        // On the configured address, never on the request's Host (ADR 0036).
        var location = UriComponentsBuilder.fromUri(publicAddress.uri()).path("/api/models/migrations/{batchId}")
                .buildAndExpand(started.batchId()).toUri();
        return ResponseEntity.accepted().location(location).body(started);
    }

    @GetMapping(path = "/{batchId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getMigration", summary = "A migration's progress",
            description = "How many cases moved, failed or wait, the batch's jobs and the state of each case")
    @ApiResponse(responseCode = "200", description = "The progress",
            content = @Content(schema = @Schema(implementation = ModelMigrations.Progress.class)))
    @ApiResponse(responseCode = "404", description = "No migration has this batch id")
    ResponseEntity<?> progress(@PathVariable String batchId) {
        return migrations.progress(batchId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No migration has the batch id " + batchId + ".");
            problem.setTitle("Migration not found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        });
    }

    @ExceptionHandler(MigrationProblem.class)
    ResponseEntity<ProblemDetail> refused(MigrationProblem e) {
        return ResponseEntity.status(e.problem().getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.problem());
    }
}
