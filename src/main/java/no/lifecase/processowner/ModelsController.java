package no.lifecase.processowner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
class ModelsController {

    static final URI FINDINGS_TYPE = URI.create("https://lifecase.no/problems/model-findings");

    private final ModelDeployments deployments;

    ModelsController(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<ModelDeployments.ProcessVersions> versions() {
        return deployments.versions();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
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
    ResponseEntity<?> validate(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
        if (files == null || files.isEmpty()) {
            return noFiles();
        }
        var findings = deployments.validate(read(files));
        if (ModelValidator.hasErrors(findings)) {
            return refused(findings, "nothing would be deployed.");
        }
        return ResponseEntity.ok(Map.of("deployable", true, "findings", findings));
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
