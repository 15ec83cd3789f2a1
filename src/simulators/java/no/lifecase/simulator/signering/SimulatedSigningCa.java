package no.lifecase.simulator.signering;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulated signing service's own certificate authority: a root made when the application starts (kept in memory,
 * so signatures of an earlier run chain to nothing), and a short-lived certificate for each signer it has authenticated.
 * The signer's fødselsnummer is the certificate's subject serial number, as the signing service has it from ID-porten
 * (docs/adr/0062). EC P-256 keys: made in milliseconds, where RSA keys would hold a signer up.
 */
public final class SimulatedSigningCa {

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final AtomicLong serials = new AtomicLong(System.currentTimeMillis());

    private SimulatedSigningCa(String name) {
        this.rootKeys = newKeyPair();
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "NO").addRDN(BCStyle.O, "Lifecase simulator")
                .addRDN(BCStyle.CN, name).build();
        this.root = certificate(subject, subject, rootKeys, rootKeys.getPrivate(), Duration.ofDays(3650), true);
    }

    /** A new CA under this name, e.g. the signing service's or, in tests, an unknown one. */
    public static SimulatedSigningCa named(String name) {
        return new SimulatedSigningCa(name);
    }

    public X509Certificate root() {
        return root;
    }

    public String rootPem() {
        var pem = new StringWriter();
        try (var writer = new JcaPEMWriter(pem)) {
            writer.writeObject(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pem.toString();
    }

    /** A key and a certificate for one signer, valid for a day. */
    public SignerCredentials issueFor(String fodselsnummer, String name) {
        var keys = newKeyPair();
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "NO").addRDN(BCStyle.CN, name)
                .addRDN(BCStyle.SERIALNUMBER, fodselsnummer).build();
        var certificate = certificate(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), subject, keys,
                rootKeys.getPrivate(), Duration.ofDays(1), false);
        return new SignerCredentials(keys.getPrivate(), certificate, root);
    }

    /** What one signature needs: the signer's key, and the chain from the signer's certificate to the root. */
    public record SignerCredentials(PrivateKey key, X509Certificate certificate, X509Certificate root) {
    }

    private X509Certificate certificate(X500Name issuer, X500Name subject, KeyPair subjectKeys, PrivateKey issuerKey,
                                        Duration validity, boolean authority) {
        var now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serials.incrementAndGet()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), subject, subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(authority
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Could not issue a simulated certificate", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No EC P-256 keys in this Java runtime", e);
        }
    }
}
