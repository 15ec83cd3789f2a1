package no.lifecase.simulator.signering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.lifecase.identity.LevelOfAssurance;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The simulated signing service's jobs (docs/adr/0062): a sender posts a document and its signers with the level of
 * assurance they must log in at; each signer, logged in at ID-porten, signs once; when all have signed the sender
 * fetches the document with one signature per signer. Kept in memory; every method holds the lock.
 */
@Component
@Profile("simulators")
public class SimulatedSigningService {

    private final SimulatedSigningCa ca = SimulatedSigningCa.named("Lifecase simulated signing service CA");
    private final Population population;
    private final Map<UUID, SignatureJob> jobs = new LinkedHashMap<>();

    SimulatedSigningService(Population population) {
        this.population = population;
    }

    /** The root every signature of this service chains to: the trust anchor for those who verify them. */
    public SimulatedSigningCa ca() {
        return ca;
    }

    synchronized SignatureJob create(String reference, String title, String requiredAuthentication, byte[] document, List<String> signers) {
        if (LevelOfAssurance.fromAcr(requiredAuthentication).isEmpty()) {
            throw new SigningRefused(HttpStatus.BAD_REQUEST, "requiredAuthentication", "must be an ID-porten level such as idporten-loa-high");
        }
        if (signers == null || signers.isEmpty() || signers.stream().distinct().count() != signers.size()) {
            throw new SigningRefused(HttpStatus.BAD_REQUEST, "signers", "must name each signer once, and at least one");
        }
        if (document == null || document.length < 5 || !new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new SigningRefused(HttpStatus.BAD_REQUEST, "document", "must be a PDF");
        }
        var job = new SignatureJob(reference, title, requiredAuthentication, document, signers);
        jobs.put(job.id, job);
        return job;
    }

    synchronized Optional<SignatureJob> job(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The job and signer behind a signer's URL. */
    synchronized Optional<Map.Entry<SignatureJob, SignatureJob.Signer>> bySignerToken(String token) {
        return jobs.values().stream().flatMap(job -> job.signer(token).map(signer -> Map.entry(job, signer)).stream()).findFirst();
    }

    /**
     * The signer signs, if the person logged in at ID-porten is the signer and logged in at the level the job asks.
     *
     * @param loggedIn the person logged in at ID-porten, and the level
     */
    synchronized void sign(String token, String loggedInPid, LevelOfAssurance loggedInLevel) {
        var entry = bySignerToken(token).orElseThrow(() -> new SigningRefused(HttpStatus.NOT_FOUND, "token", "is no signer's"));
        var job = entry.getKey();
        var signer = entry.getValue();
        var required = LevelOfAssurance.fromAcr(job.requiredAuthentication).orElseThrow();
        if (loggedInLevel.compareTo(required) < 0) {
            throw new SigningRefused(HttpStatus.FORBIDDEN, "level", "The signer must log in at " + required.acr());
        }
        if (!signer.personalIdentificationNumber.equals(loggedInPid)) {
            throw new SigningRefused(HttpStatus.FORBIDDEN, "signer", "The person logged in is not this signer");
        }
        if (signer.status == SignatureJob.SignerStatus.SIGNED) {
            throw new SigningRefused(HttpStatus.CONFLICT, "signer", "This signer has signed already");
        }
        var name = population.find(loggedInPid).map(SimulatedPerson::fullName).orElse(loggedInPid.substring(0, 6));
        job.document = PadesSigner.sign(job.document, ca.issueFor(loggedInPid, name), name, job.title);
        signer.status = SignatureJob.SignerStatus.SIGNED;
        signer.signedAt = Instant.now();
    }
}
