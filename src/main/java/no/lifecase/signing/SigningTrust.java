package no.lifecase.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The trust anchor of the heirs' signatures: the root certificate of the signing service, PEM, from
 * {@code lifecase.signing.trust-anchor} (a file, classpath or http location). Read at the first verification, since in
 * the embedded default it is the simulated signing service's, served by this application once it listens.
 */
@Component
class SigningTrust {

    private final Environment environment;
    private volatile SignedPdfVerifier verifier;

    SigningTrust(Environment environment) {
        this.environment = environment;
    }

    SignedPdfVerifier verifier() {
        var current = verifier;
        if (current == null) {
            current = new SignedPdfVerifier(anchor());
            verifier = current;
        }
        return current;
    }

    private X509Certificate anchor() {
        // Resolved now, not at start-up: the simulators' location names the port, known once the server listens.
        var resolved = environment.getRequiredProperty("lifecase.signing.trust-anchor");
        try (var in = new DefaultResourceLoader().getResource(resolved).getInputStream()) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(in.readAllBytes()));
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Could not read the signing service's trust anchor from " + resolved, e);
        }
    }
}
