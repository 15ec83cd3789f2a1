package no.lifecase.register.folkeregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * One item of the event feed ({@code LagretHendelseMedDokumentIdentifikatorer}). One event concerns one person;
 * a birth is several events (child, mother, father) that the consumer correlates.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEntry(long sekvensnummer, Hendelse hendelse) {

    /**
     * @param hendelsetype      spelled so in the feed ({@code hendelsestype} in the event document); unknown types
     *                          must be tolerated
     * @param hendelsesdokument the event document's id, for {@code /hendelser/{id}}
     * @param persondokument    the person as of this event, for {@link FolkeregisteretClient#personAsOf}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hendelse(String folkeregisteridentifikator, String hendelsetype, String hendelsesdokument,
                           String persondokument, OffsetDateTime ajourholdstidspunkt) {
    }
}
