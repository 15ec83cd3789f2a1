package no.lifecase.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks every signature of a signed PDF (docs/adr/0062): the byte range it covers is the whole file but its own
 * contents, the CMS signature over that range holds, the signer's certificate was issued by the trust anchor and was
 * valid when it signed, and nothing was appended after the last signature. Any failure refuses the whole document:
 * a declaration to the court is either entirely as the heirs signed it or not sent.
 */
public final class SignedPdfVerifier {

    public static final String CADES_DETACHED = "ETSI.CAdES.detached";
    private static final Set<String> SUB_FILTERS = Set.of(CADES_DETACHED, "adbe.pkcs7.detached");

    private final X509Certificate trustAnchor;

    public SignedPdfVerifier(X509Certificate trustAnchor) {
        this.trustAnchor = trustAnchor;
    }

    /** The signatures, in the order they were made; throws {@link SignatureRefused} if any does not hold. */
    public List<VerifiedSignature> verify(byte[] pdf) {
        List<PDSignature> signatures;
        try (var document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException e) {
            throw new SignatureRefused("The document is not a readable PDF", e);
        }
        if (signatures.isEmpty()) {
            throw new SignatureRefused("The document carries no signature");
        }
        var verified = new ArrayList<VerifiedSignature>();
        var coversTheWholeFile = false;
        for (var signature : signatures) {
            verified.add(verifyOne(signature, pdf));
            var range = signature.getByteRange();
            coversTheWholeFile |= (long) range[2] + range[3] == pdf.length;
        }
        if (!coversTheWholeFile) {
            throw new SignatureRefused("The document was changed after its last signature");
        }
        return verified;
    }

    private VerifiedSignature verifyOne(PDSignature signature, byte[] pdf) {
        if (!SUB_FILTERS.contains(signature.getSubFilter())) {
            throw new SignatureRefused("A signature is of an unknown kind: " + signature.getSubFilter());
        }
        var range = signature.getByteRange();
        if (range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1] || (long) range[2] + range[3] > pdf.length) {
            throw new SignatureRefused("A signature covers a byte range that is not the document's");
        }
        try {
            var contents = signature.getContents(pdf);
            var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new SignatureRefused("A signature must have exactly one signer");
            }
            var signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw new SignatureRefused("A signature does not carry its signer's certificate");
            }
            var certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                throw new SignatureRefused("A signature does not match the signed content");
            }
            var signedAt = signature.getSignDate() == null ? Instant.now() : signature.getSignDate().toInstant();
            requireIssuedByTrustAnchor(certificate, signedAt);
            return new VerifiedSignature(serialNumber(certificate), signature.getName(), signedAt);
        } catch (CMSException e) {
            // A digest mismatch lands here too: the signed bytes were changed.
            throw new SignatureRefused("A signature does not match the signed content", e);
        } catch (IOException | CertificateException | OperatorCreationException e) {
            throw new SignatureRefused("A signature could not be read", e);
        }
    }

    private void requireIssuedByTrustAnchor(X509Certificate certificate, Instant signedAt) {
        if (!certificate.getIssuerX500Principal().equals(trustAnchor.getSubjectX500Principal())) {
            throw new SignatureRefused("A signer's certificate was not issued by a trusted signing service");
        }
        try {
            certificate.verify(trustAnchor.getPublicKey());
            certificate.checkValidity(java.util.Date.from(signedAt));
        } catch (GeneralSecurityException e) {
            throw new SignatureRefused("A signer's certificate was not issued by a trusted signing service, or was not valid when it signed", e);
        }
    }

    private static String serialNumber(X509Certificate certificate) {
        var subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var serial = subject.getRDNs(BCStyle.SERIALNUMBER);
        if (serial.length != 1) {
            throw new SignatureRefused("A signer's certificate names no person");
        }
        return IETFUtils.valueToString(serial[0].getFirst().getValue());
    }
}
