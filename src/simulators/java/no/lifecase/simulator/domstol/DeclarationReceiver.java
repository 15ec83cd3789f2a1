package no.lifecase.simulator.domstol;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.lifecase.signing.SignatureRefused;
import no.lifecase.signing.SignedPdfVerifier;
import no.lifecase.signing.VerifiedSignature;
import no.lifecase.simulator.signering.SimulatedSigningService;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district court receives the heirs' signed declaration about the estate (docs/adr/0062; the path and the fields are
 * the simulation's own, UNVERIFIED against domstol.no). The court checks the signatures itself, against the signing
 * service it trusts, and that every heir named signed: a declaration that does not hold is refused, nothing is
 * registered. One it accepts is registered on the death case and answered through the court's event feed.
 */
@RestController
@Profile("simulators")
class DeclarationReceiver {

    static final String API = "/domstol/innsending/api";
    private static final Map<String, String> SKIFTEFORMER = Map.of(
            "PRIVAT_SKIFTE", SimulatedCourts.PRIVATE, "USKIFTE", SimulatedCourts.UNDIVIDED, "OFFENTLIG_SKIFTE", SimulatedCourts.PUBLIC);

    private final SimulatedCourts courts;
    private final SimulatedSigningService signingService;

    DeclarationReceiver(SimulatedCourts courts, SimulatedSigningService signingService) {
        this.courts = courts;
        this.signingService = signingService;
    }

    record Arving(String nin, boolean paatarGjeldsansvar) {
    }

    /** @param dokument the signed declaration, a PDF in Base64 */
    record Erklaering(String avdode, String embeteId, String skifteform, List<Arving> arvinger, String dokument) {
    }

    record Mottatt(UUID sakId, String saksnummer, String embeteId, String embete, String status, int signaturer) {
    }

    @PostMapping(API + "/dodsfallsaker/erklaeringer")
    ResponseEntity<Mottatt> receive(@RequestBody Erklaering erklaering) {
        var court = Court.withCode(erklaering.embeteId())
                .orElseThrow(() -> new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY, "embeteId", "is not a district court"));
        var skifteform = SKIFTEFORMER.get(erklaering.skifteform());
        if (skifteform == null) {
            throw new EstateScenarioRefused(HttpStatus.BAD_REQUEST, "skifteform", "must be one of " + SKIFTEFORMER.keySet());
        }
        if (erklaering.arvinger() == null || erklaering.arvinger().isEmpty()) {
            throw new EstateScenarioRefused(HttpStatus.BAD_REQUEST, "arvinger", "must name the heirs who signed");
        }
        byte[] pdf;
        try {
            pdf = Base64.getDecoder().decode(erklaering.dokument() == null ? "" : erklaering.dokument());
        } catch (IllegalArgumentException e) {
            throw new EstateScenarioRefused(HttpStatus.BAD_REQUEST, "dokument", "must be Base64");
        }
        var signatures = new SignedPdfVerifier(signingService.ca().root()).verify(pdf);
        var signers = signatures.stream().map(VerifiedSignature::signer).collect(Collectors.toSet());
        var heirs = new LinkedHashMap<String, Boolean>();
        erklaering.arvinger().forEach(arving -> heirs.put(arving.nin(), arving.paatarGjeldsansvar()));
        if (signatures.size() != signers.size() || !signers.equals(Set.copyOf(heirs.keySet()))) {
            throw new SignatureRefused("The declaration must be signed once by every heir it names, and by no one else");
        }
        var emitted = courts.receiveDeclaration(erklaering.avdode(), court, skifteform, heirs, pdf);
        var estateCase = emitted.estateCase();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Mottatt(estateCase.sakId(), estateCase.saksnummer(),
                estateCase.court().name(), estateCase.court().courtName(), "MOTTATT", signatures.size()));
    }

    @ExceptionHandler(SignatureRefused.class)
    ProblemDetail signatureRefused(SignatureRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("The court does not accept the declaration's signatures");
        problem.setProperty("field", "dokument");
        return problem;
    }

    @ExceptionHandler(EstateScenarioRefused.class)
    ProblemDetail refused(EstateScenarioRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("The court does not accept the declaration");
        problem.setProperty("field", e.field());
        return problem;
    }
}
