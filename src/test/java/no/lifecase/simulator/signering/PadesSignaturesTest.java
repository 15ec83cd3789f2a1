package no.lifecase.simulator.signering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.lifecase.signing.SignatureRefused;
import no.lifecase.signing.SignedPdfVerifier;
import no.lifecase.signing.VerifiedSignature;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The heirs' signatures as the simulated signing service makes them, and as Lifecase and the court check them. */
class PadesSignaturesTest {

    private static final String WIDOW = "15839049843";
    private static final String SON = "10812599718";
    private static final String DAUGHTER = "02918849923";

    private final SimulatedSigningCa signingService = SimulatedSigningCa.named("Simulated signing service CA");
    private final SignedPdfVerifier verifier = new SignedPdfVerifier(signingService.root());

    @Test
    void three_heirs_sign_one_after_another_and_every_signature_verifies() throws IOException {
        var pdf = declaration();
        pdf = sign(pdf, WIDOW, "Vakker Blomst");
        pdf = sign(pdf, SON, "Ole Blomst");
        pdf = sign(pdf, DAUGHTER, "Kari Blomst");

        var signatures = verifier.verify(pdf);

        assertThat(signatures).extracting(VerifiedSignature::signer).containsExactly(WIDOW, SON, DAUGHTER);
        assertThat(signatures).extracting(VerifiedSignature::signerName).containsExactly("Vakker Blomst", "Ole Blomst", "Kari Blomst");
        assertThat(signatures.get(0).toString()).as("no whole fødselsnummer in a log line").doesNotContain(WIDOW);
    }

    @Test
    void one_changed_byte_in_the_signed_content_is_refused() throws IOException {
        var signed = sign(sign(declaration(), WIDOW, "Vakker Blomst"), SON, "Ole Blomst");
        var tampered = signed.clone();
        // The binary comment on the second line: the PDF still reads, but the bytes are not those signed.
        tampered[10] = (byte) (tampered[10] ^ 0x01);
        assertThat(Arrays.equals(signed, tampered)).isFalse();

        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(SignatureRefused.class)
                .hasMessageContaining("does not match the signed content");
    }

    @Test
    void a_text_appended_after_the_last_signature_is_refused() throws IOException {
        var signed = sign(declaration(), WIDOW, "Vakker Blomst");
        var appended = new ByteArrayOutputStream();
        appended.write(signed);
        appended.write("\n% and the estate goes to someone else\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> verifier.verify(appended.toByteArray())).isInstanceOf(SignatureRefused.class)
                .hasMessageContaining("changed after its last signature");
    }

    @Test
    void a_signature_by_a_certificate_authority_not_trusted_is_refused() throws IOException {
        var stranger = SimulatedSigningCa.named("Simulated signing service CA");   // same name, another key
        var signed = PadesSigner.sign(declaration(), stranger.issueFor(WIDOW, "Vakker Blomst"), "Vakker Blomst", "test");

        assertThatThrownBy(() -> verifier.verify(signed)).isInstanceOf(SignatureRefused.class)
                .hasMessageContaining("not issued by a trusted signing service");
    }

    @Test
    void a_pdf_without_signatures_and_bytes_that_are_no_pdf_are_refused() throws IOException {
        var unsigned = declaration();
        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(SignatureRefused.class).hasMessageContaining("no signature");
        assertThatThrownBy(() -> verifier.verify("not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(SignatureRefused.class).hasMessageContaining("not a readable PDF");
    }

    private byte[] sign(byte[] pdf, String signer, String name) {
        return PadesSigner.sign(pdf, signingService.issueFor(signer, name), name, "Erklæring om privat skifte");
    }

    private static byte[] declaration() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
