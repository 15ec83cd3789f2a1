package no.lifecase.signing;

import java.util.Base64;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.LevelOfAssurance;
import no.lifecase.register.RegisterClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The signing service ({@code lifecase.registers.signering}, docs/adr/0062): a signature job for a document and its
 * signers, its status, and the document with every signature once all have signed.
 */
@Component
public class SigningServiceClient {

    static final String REGISTER = "signering";

    private final RegisterClients clients;

    SigningServiceClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    record SignerRequest(String personalIdentificationNumber) {
    }

    record JobRequest(String reference, String title, String requiredAuthentication, String document, List<SignerRequest> signers) {
    }

    public record SignerLink(String personalIdentificationNumber, String redirectUrl) {
    }

    public record JobCreated(String signatureJobId, String reference, List<SignerLink> signers, String statusUrl, String padesUrl) {
    }

    public record SignerState(String personalIdentificationNumber, String status) {
    }

    /** @param status IN_PROGRESS, COMPLETED_SUCCESSFULLY or FAILED */
    public record JobStatus(String signatureJobId, String status, List<SignerState> signers) {

        public boolean completed() {
            return "COMPLETED_SUCCESSFULLY".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    /** Every signer must log in at ID-porten's high level to sign. */
    public JobCreated createJob(String reference, String title, byte[] pdf, List<Fodselsnummer> signers) {
        var request = new JobRequest(reference, title, LevelOfAssurance.HIGH.acr(), Base64.getEncoder().encodeToString(pdf),
                signers.stream().map(signer -> new SignerRequest(signer.value())).toList());
        return clients.client(REGISTER).post().uri("/signature-jobs").contentType(MediaType.APPLICATION_JSON).body(request)
                .retrieve().body(JobCreated.class);
    }

    public JobStatus status(String signatureJobId) {
        return clients.client(REGISTER).get().uri("/signature-jobs/{id}/status", signatureJobId).retrieve().body(JobStatus.class);
    }

    public byte[] signedDocument(String signatureJobId) {
        return clients.client(REGISTER).get().uri("/signature-jobs/{id}/pades", signatureJobId).accept(MediaType.APPLICATION_PDF)
                .retrieve().body(byte[].class);
    }
}
