package no.lifecase.register.domstol;

import java.util.List;

/**
 * The heirs' signed declaration as the district court receives it (docs/adr/0062; the field names follow the courts'
 * estate-case JSON, the request itself is UNVERIFIED against domstol.no).
 *
 * @param embeteId   the court, e.g. TSRO
 * @param skifteform PRIVAT_SKIFTE, USKIFTE or OFFENTLIG_SKIFTE
 * @param dokument   the signed PDF, Base64
 */
public record DeclarationToCourt(String avdode, String embeteId, String skifteform, List<Arving> arvinger, String dokument) {

    public record Arving(String nin, boolean paatarGjeldsansvar) {
    }

    /** What the court answers when it has the declaration. */
    public record Receipt(String sakId, String saksnummer, String embeteId, String embete, String status, int signaturer) {
    }
}
