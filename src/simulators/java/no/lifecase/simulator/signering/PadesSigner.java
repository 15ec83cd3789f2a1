package no.lifecase.simulator.signering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.List;
import no.lifecase.signing.SignedPdfVerifier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Adds one PAdES-style signature to a PDF: an incremental update with a signature dictionary (SubFilter
 * {@code ETSI.CAdES.detached}) whose contents are a detached CMS signature over the byte range, carrying the signer's
 * certificate chain and the ESS signing-certificate-v2 attribute that CAdES asks for. Earlier signatures stay intact,
 * since every signature is appended after the last one.
 */
public final class PadesSigner {

    private PadesSigner() {
    }

    public static byte[] sign(byte[] pdf, SimulatedSigningCa.SignerCredentials signer, String signerName, String reason) {
        try (var document = Loader.loadPDF(pdf)) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(SignedPdfVerifier.CADES_DETACHED));
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setSignDate(Calendar.getInstance());
            try (var options = new SignatureOptions()) {
                // A chain of two EC certificates and the attributes fit well within twice the default.
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, options);
                var signed = new ByteArrayOutputStream();
                var external = document.saveIncrementalForExternalSigning(signed);
                external.setSignature(cms(external.getContent(), signer));
                return signed.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign the document", e);
        }
    }

    private static byte[] cms(InputStream signedBytes, SimulatedSigningCa.SignerCredentials signer) throws IOException {
        try {
            var certificateHash = MessageDigest.getInstance("SHA-256").digest(signer.certificate().getEncoded());
            var attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash)}))));
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.key()), signer.certificate());
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate(), signer.root())));
            return generator.generate(new CMSProcessableByteArray(signedBytes.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Could not make the CMS signature", e);
        }
    }
}
