package no.lifecase.simulator.folkeregisteret;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Folkeregisteret's error body, {@code {"kode":"FREG-001","melding":"..."}} (FREG-DOC hendelsesliste.md). Only
 * FREG-001 is documented; the other codes are the simulator's own.
 */
record FregError(String kode, String melding) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static FregError forStatus(int status) {
        return switch (status) {
            case 400 -> new FregError("FREG-002", "Ugyldig parameter.");
            case 404 -> new FregError("FREG-004", "Ikke funnet.");
            case 429 -> new FregError("FREG-029", "For mange kall er gjort på kort tid.");
            default -> new FregError("FREG-001", "Feil i tjenesten. Vennligst prøv igjen seinere.");
        };
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
