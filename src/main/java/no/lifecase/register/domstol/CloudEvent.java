package no.lifecase.register.domstol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One event in the courts' estate-case feed: a CloudEvent 1.0 whose {@code data} only points at the case object,
 * {@code {"@id": ".../api/objects/<uuid>"}} (docs/domain.md#courts-estate-feed). Read the case with
 * {@link DomstolClient#sak(UUID)}; the event itself says only that it was added or changed.
 *
 * @param dataref CloudEvents' own pointer attribute; the courts use {@code data.@id}, but either is honoured
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String datacontenttype,
        OffsetDateTime time,
        String subject,
        URI dataref,
        Data data) {

    /** A death case (dødsfallsak) was registered at a court. */
    public static final String CASE_ADDED = "DODSFALLSAK-STATUS_LAGT_TIL";
    /** A death case changed: its status, skifteform or skifteattest. */
    public static final String CASE_UPDATED = "DODSFALLSAK-STATUS_OPPDATERT";

    /** The case the event is about: the last path segment of the object URL. */
    public Optional<UUID> sakId() {
        var reference = data != null && data.id() != null ? data.id() : dataref;
        if (reference == null || reference.getPath() == null) {
            return Optional.empty();
        }
        var path = reference.getPath();
        try {
            return Optional.of(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(@JsonProperty("@id") URI id) {
    }
}
