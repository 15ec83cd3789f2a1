package no.lifecase.simulator.folkeregisteret;

import java.time.OffsetDateTime;

/**
 * One event in the simulated feed: one person, one change ({@code LagretHendelseMedDokumentIdentifikatorer}).
 *
 * @param hendelsesdokument the event document's id, for {@code /hendelser/{id}}
 * @param persondokument    the person as of this event, for {@code /personer/arkiv/{id}}
 */
public record StoredEvent(long sekvensnummer, String hendelsetype, String folkeregisteridentifikator,
                          String hendelsesdokument, String persondokument, OffsetDateTime ajourholdstidspunkt) {
}
