package no.lifecase.register.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of the update feed {@code GET /oppdateringer/enheter} (HAL; docs/domain.md#enhetsregisteret-update-feed).
 * The register leaves out {@code _embedded} when there is nothing new.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OppdaterteEnheter(@JsonProperty("_embedded") Embedded embedded, Side page) {

    public List<OppdatertEnhet> oppdateringer() {
        return embedded == null ? List.of() : embedded.oppdaterteEnheter();
    }

    /** The cursor for the next poll: one past the last update on this page. */
    public OptionalLong nesteOppdateringsid() {
        var updates = oppdateringer();
        return updates.isEmpty() ? OptionalLong.empty() : OptionalLong.of(updates.get(updates.size() - 1).oppdateringsid() + 1);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Embedded(List<OppdatertEnhet> oppdaterteEnheter) {

        public Embedded {
            oppdaterteEnheter = oppdaterteEnheter == null ? List.of() : List.copyOf(oppdaterteEnheter);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OppdatertEnhet(long oppdateringsid, OffsetDateTime dato, String organisasjonsnummer,
                                 Endringstype endringstype) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Side(int size, long totalElements, int totalPages, int number) {
    }
}
