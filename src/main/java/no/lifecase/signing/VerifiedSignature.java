package no.lifecase.signing;

import java.time.Instant;

/**
 * One signature of a PDF that holds.
 *
 * @param signer   the fødselsnummer in the signer certificate's subject serial number
 * @param signedAt the signing time the signature dictionary states
 */
public record VerifiedSignature(String signer, String signerName, Instant signedAt) {

    @Override
    public String toString() {
        // Never the whole fødselsnummer in a log line.
        return "VerifiedSignature[signer=" + signer.substring(0, 6) + "*****, signedAt=" + signedAt + "]";
    }
}
