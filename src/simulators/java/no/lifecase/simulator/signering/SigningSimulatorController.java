package no.lifecase.simulator.signering;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.lifecase.simulator.idporten.TestIdportenLogins;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The simulated signing service (docs/adr/0062), shaped as the national signing services work: the sender's API under
 * {@value #API} (Maskinporten) creates a signature job, tells its status and gives the signed document; each signer
 * opens their own URL under {@value #SIGNER}, where the service lets ID-porten say who they are.
 */
@RestController
@Profile("simulators")
class SigningSimulatorController {

    static final String API = "/signering/api";
    static final String SIGNER = "/sim/signering/signer";

    private final SimulatedSigningService service;

    SigningSimulatorController(SimulatedSigningService service) {
        this.service = service;
    }

    record SignerRequest(String personalIdentificationNumber) {
    }

    /** @param document the PDF, Base64 */
    record JobRequest(String reference, String title, String requiredAuthentication, String document, List<SignerRequest> signers) {
    }

    record SignerLink(String personalIdentificationNumber, String redirectUrl) {
    }

    record JobCreated(UUID signatureJobId, String reference, List<SignerLink> signers, String statusUrl, String padesUrl) {
    }

    record SignerState(String personalIdentificationNumber, String status, Instant signedAt) {
    }

    record JobStatus(UUID signatureJobId, String reference, String status, List<SignerState> signers) {
    }

    @PostMapping(API + "/signature-jobs")
    ResponseEntity<JobCreated> create(@RequestBody JobRequest request) {
        byte[] document;
        try {
            document = request.document() == null ? null : Base64.getDecoder().decode(request.document());
        } catch (IllegalArgumentException e) {
            throw new SigningRefused(HttpStatus.BAD_REQUEST, "document", "must be Base64");
        }
        var signers = request.signers() == null ? null : request.signers().stream().map(SignerRequest::personalIdentificationNumber).toList();
        var job = service.create(request.reference(), request.title(), request.requiredAuthentication(), document, signers);
        var base = ServletUriComponentsBuilder.fromCurrentContextPath();
        var links = job.signersByToken.values().stream()
                .map(signer -> new SignerLink(signer.personalIdentificationNumber,
                        base.cloneBuilder().path(SIGNER + "/{token}").build(signer.token).toString()))
                .toList();
        var status = base.cloneBuilder().path(API + "/signature-jobs/{id}/status").build(job.id);
        return ResponseEntity.created(status).body(new JobCreated(job.id, job.reference, links, status.toString(),
                base.cloneBuilder().path(API + "/signature-jobs/{id}/pades").build(job.id).toString()));
    }

    @GetMapping(API + "/signature-jobs/{id}/status")
    JobStatus status(@PathVariable UUID id) {
        var job = service.job(id).orElseThrow(() -> new SigningRefused(HttpStatus.NOT_FOUND, "id", "is no signature job"));
        synchronized (service) {
            return new JobStatus(job.id, job.reference, job.status().name(), job.signersByToken.values().stream()
                    .map(signer -> new SignerState(signer.personalIdentificationNumber, signer.status.name(), signer.signedAt))
                    .toList());
        }
    }

    @GetMapping(value = API + "/signature-jobs/{id}/pades", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] pades(@PathVariable UUID id) {
        var job = service.job(id).orElseThrow(() -> new SigningRefused(HttpStatus.NOT_FOUND, "id", "is no signature job"));
        synchronized (service) {
            if (job.status() != SignatureJob.Status.COMPLETED_SUCCESSFULLY) {
                throw new SigningRefused(HttpStatus.CONFLICT, "id", "Not every signer has signed yet");
            }
            return job.document;
        }
    }

    /** The root certificate of the service's signatures, PEM: what a verifier configures as its trust anchor. */
    @GetMapping(value = "/sim/signering/ca.pem", produces = "application/x-pem-file")
    String rootCertificate() {
        return service.ca().rootPem();
    }

    @GetMapping(value = SIGNER + "/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signerPage(@PathVariable String token, HttpServletRequest request) {
        var entry = service.bySignerToken(token).orElseThrow(() -> new SigningRefused(HttpStatus.NOT_FOUND, "token", "is no signer's"));
        var login = TestIdportenLogins.of(request);
        var title = HtmlUtils.htmlEscape(entry.getKey().title);
        if (login.isEmpty()) {
            return page(HttpStatus.UNAUTHORIZED, title, "<p>Logg inn med ID-porten på høyt sikkerhetsnivå for å signere.</p>");
        }
        if (entry.getValue().status == SignatureJob.SignerStatus.SIGNED) {
            return page(HttpStatus.OK, title, "<p>Du har signert dokumentet.</p>");
        }
        return page(HttpStatus.OK, title, "<form method=\"post\"><button type=\"submit\">Signer</button></form>");
    }

    @PostMapping(value = SIGNER + "/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> sign(@PathVariable String token, HttpServletRequest request) {
        var entry = service.bySignerToken(token).orElseThrow(() -> new SigningRefused(HttpStatus.NOT_FOUND, "token", "is no signer's"));
        var title = HtmlUtils.htmlEscape(entry.getKey().title);
        var login = TestIdportenLogins.of(request);
        if (login.isEmpty()) {
            return page(HttpStatus.UNAUTHORIZED, title, "<p>Logg inn med ID-porten på høyt sikkerhetsnivå for å signere.</p>");
        }
        try {
            service.sign(token, login.get().pid(), login.get().level());
        } catch (SigningRefused e) {
            // The signer reads a page, not problem details: this is their browser, not an API client.
            return page(e.status(), title, "<p>" + HtmlUtils.htmlEscape(e.getMessage()) + "</p>");
        }
        return page(HttpStatus.OK, title, "<p>Du har signert dokumentet.</p>");
    }

    @ExceptionHandler(SigningRefused.class)
    ProblemDetail refused(SigningRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("The signing service refused the request");
        problem.setProperty("field", e.field());
        return problem;
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body("<!DOCTYPE html><html lang=\"nb\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>");
    }
}
