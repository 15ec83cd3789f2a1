package no.lifecase.trigger;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One register event, as much of it as decides which life event it starts.
 *
 * @param id         unique within the feed, never reused: the sekvensnummer, the oppdateringsid or the CloudEvent id.
 *                   It is the idempotency key, so a replayed event is recognised.
 * @param type       the register's own event type: {@code personErDoed}, {@code Ny}, {@code DODSFALLSAK-STATUS_OPPDATERT}
 * @param subject    the fødselsnummer (Folkeregisteret, and the deceased for the court feed) or the organisation
 *                   number (Enhetsregisteret)
 * @param attributes what the source knows beyond the type; see the constants of this record for the names read
 */
public record FeedEvent(String id, String type, String subject, Map<String, String> attributes) {

    /** Folkeregisteret: {@code "true"} when a {@code personErOpprettet} is a birth, not an immigrant or a D-number. */
    public static final String NEWBORN = "newborn";
    /** Folkeregisteret: {@code "true"} when an {@code endringIFamilierelasjon} registers a stillborn child on the mother. */
    public static final String STILLBIRTH = "stillbirth";
    /** Enhetsregisteret: the organisation form code, e.g. {@code AS}, {@code ENK}, {@code FLI}. */
    public static final String ORGANISATION_FORM = "organisationForm";
    /** Enhetsregisteret: the fødselsnummer of the founder or first role holder, who gets the case. */
    public static final String FOUNDER = "founder";
    /** Court feed: the estate case's status ({@code MOTTATT}, {@code FERDIGBEHANDLET}, {@code FEILFORT}). */
    public static final String COURT_CASE_STATUS = "courtCaseStatus";
    /** Court feed: the heirs the skifteattest names (or who took over a small estate), comma-separated fødselsnumre. */
    public static final String HEIRS = "heirs";
    /** Court feed: the form of estate settlement ({@code IKKE_AVGJORT}, {@code PRIVAT_SKIFTE}, {@code USKIFTE}, …). */
    public static final String SKIFTEFORM = "skifteform";

    public FeedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public FeedEvent(String id, String type, String subject) {
        this(id, type, subject, Map.of());
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name)).filter(value -> !value.isBlank());
    }

    public boolean isTrue(String name) {
        return attribute(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** The subject and attributes may hold identity numbers, so only id and type are shown. */
    @Override
    public String toString() {
        return "FeedEvent[id=" + id + ", type=" + type + "]";
    }
}
