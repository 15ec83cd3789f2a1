package no.lifecase.simulator.signering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One signature job at the simulated signing service: the document as it is now (with the signatures so far), and each
 * signer's state. Mutable, guarded by {@link SimulatedSigningService}'s lock.
 */
final class SignatureJob {

    enum Status { IN_PROGRESS, COMPLETED_SUCCESSFULLY }

    enum SignerStatus { WAITING, SIGNED }

    static final class Signer {
        final String personalIdentificationNumber;
        final String token = UUID.randomUUID().toString();
        SignerStatus status = SignerStatus.WAITING;
        Instant signedAt;

        Signer(String personalIdentificationNumber) {
            this.personalIdentificationNumber = personalIdentificationNumber;
        }
    }

    final UUID id = UUID.randomUUID();
    final String reference;
    final String title;
    final String requiredAuthentication;
    final Map<String, Signer> signersByToken = new LinkedHashMap<>();
    byte[] document;

    SignatureJob(String reference, String title, String requiredAuthentication, byte[] document, List<String> signers) {
        this.reference = reference;
        this.title = title;
        this.requiredAuthentication = requiredAuthentication;
        this.document = document;
        signers.forEach(pid -> {
            var signer = new Signer(pid);
            signersByToken.put(signer.token, signer);
        });
    }

    Status status() {
        return signersByToken.values().stream().allMatch(signer -> signer.status == SignerStatus.SIGNED)
                ? Status.COMPLETED_SUCCESSFULLY : Status.IN_PROGRESS;
    }

    Optional<Signer> signer(String token) {
        return Optional.ofNullable(signersByToken.get(token));
    }
}
