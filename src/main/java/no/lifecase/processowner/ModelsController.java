package no.lifecase.processowner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Process owners deploy new versions of BPMN, DMN and forms here, validated first (ADR 0030), and see which
 * versions are deployed and how many cases run on each. Only {@code process-owners} and administrators get in
 * ({@link ProcessOwnerSecurity}).
 */
@RestController
@RequestMapping("/api/models")
@Tag(name = "Models", description = "BPMN, DMN and forms: validated, deployed, and the versions running")
@ApiResponse(responseCode = "403", description = "The staff user is neither a process owner nor an administrator")
class ModelsController {

    static final URI FINDINGS_TYPE = URI.create("https://lifecase.no/problems/model-findings");

    private final ModelDeployments deployments;

    ModelsController(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    /** The answer to a validation that found no error. */
    @Schema(name = "Validation", description = "The files could be deployed; the warnings found, if any")
    record Deployable(@Schema(description = "Always true here: with an error the answer is 422") boolean deployable,
                      List<ModelFinding> findings) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listModelVersions", summary = "Deployed processes and their versions",
            description = "Every deployed process with each of its versions and the cases running on each")
    @ApiResponse(responseCode = "200", description = "The processes, each with its versions")
    List<ModelDeployments.ProcessVersions> versions() {
        return deployments.versions();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "deployModels", summary = "Validate and deploy models",
            description = "Validates every uploaded .bpmn, .dmn and .form file, with the texts beside them "
                    + "(<model>_nb.properties, _nn, _en; docs/adr/0050), and deploys them together if none has an error (docs/adr/0030); "
                    + "a form a citizen fills in needs its texts in all three languages (docs/adr/0052). Running cases stay on their version. An upload identical to the "
                    + "last is not deployed again; if any of its files changed, the whole upload is deployed together.")
    @ApiResponse(responseCode = "201", description = "Deployed; the warnings found, if any",
            content = @Content(schema = @Schema(implementation = ModelDeployments.Deployed.class)))
    @ApiResponse(responseCode = "400", description = "No files, or the body is not valid multipart/form-data")
    @ApiResponse(responseCode = "413", description = "The upload is larger than the server accepts")
    @ApiResponse(responseCode = "422", description = "A file has an error; nothing was deployed. `findings` lists every "
            + "finding with its file, element id, severity, rule and message")
    ResponseEntity<?> deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
        if (files == null || files.isEmpty()) {
            return noFiles();
        }
        var outcome = deployments.deploy(read(files), user.getName());
        if (outcome instanceof ModelDeployments.Refused refused) {
            return refused(refused.findings(), "nothing was deployed.");
        }
        var deployed = (ModelDeployments.Deployed) outcome;
        return ResponseEntity.status(HttpStatus.CREATED).body(deployed);
    }

    /**
     * Validates without deploying: 200 with the warnings when the files are deployable, otherwise 422 with every
     * finding, as a deployment would answer, so that a script can tell by the status alone.
     */
    @PostMapping(path = "/validation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "validateModels", summary = "Validate models without deploying them",
            description = "The same checks as a deployment, and nothing deployed")
    @ApiResponse(responseCode = "200", description = "The files could be deployed; the warnings found, if any",
            content = @Content(schema = @Schema(implementation = Deployable.class)))
    @ApiResponse(responseCode = "400", description = "No files, or the body is not valid multipart/form-data")
    @ApiResponse(responseCode = "413", description = "The upload is larger than the server accepts")
    @ApiResponse(responseCode = "422", description = "A file has an error; `findings` lists every finding with its file, "
            + "element id, severity, rule and message")
    ResponseEntity<?> validate(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
        if (files == null || files.isEmpty()) {
            return noFiles();
        }
        var findings = deployments.validate(read(files));
        if (ModelValidator.hasErrors(findings)) {
            return refused(findings, "nothing would be deployed.");
        }
        return ResponseEntity.ok(new Deployable(true, findings));
    }

    private static List<ModelFile> read(List<MultipartFile> files) {
        return files.stream().map(file -> {
            try {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                return new ModelFile(name, file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static ResponseEntity<ProblemDetail> refused(List<ModelFinding> findings, String outcome) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                findings.stream().filter(ModelFinding::isError).count() + " error(s) found; " + outcome);
        problem.setType(FINDINGS_TYPE);
        problem.setTitle("The models cannot be deployed");
        problem.setProperty("deployable", false);
        problem.setProperty("findings", findings);
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    private static ResponseEntity<ProblemDetail> noFiles() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Upload one or more .bpmn, .dmn or .form files as multipart parts named \"files\".");
        problem.setTitle("No files");
        return ResponseEntity.badRequest().body(problem);
    }
}
