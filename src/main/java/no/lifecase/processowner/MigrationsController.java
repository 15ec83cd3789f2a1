package no.lifecase.processowner;

import no.lifecase.publicaddress.PublicAddress;
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
class MigrationsController {

    private final ModelMigrations migrations;
    private final PublicAddress publicAddress;

    MigrationsController(ModelMigrations migrations, PublicAddress publicAddress) {
        this.migrations = migrations;
        this.publicAddress = publicAddress;
    }

    /** The plan and what it would do to every running case; changes nothing. */
    @PostMapping(path = "/plan", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ModelMigrations.Plan plan(@RequestBody MigrationRequest request) {
        return migrations.plan(request);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModelMigrations.Started> start(@RequestBody MigrationRequest request, Authentication user) {
        var started = migrations.start(request, user.getName());
        // On the configured address, never on the request's Host (ADR 0036).
        var location = UriComponentsBuilder.fromUri(publicAddress.uri()).path("/api/models/migrations/{batchId}")
                .buildAndExpand(started.batchId()).toUri();
        return ResponseEntity.accepted().location(location).body(started);
    }

    @GetMapping(path = "/{batchId}", produces = MediaType.APPLICATION_JSON_VALUE)
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
