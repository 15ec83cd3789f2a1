package no.lifecase.register.domstol;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One answer of {@code GET /hendelsesliste}: a list of patches, each a list of CloudEvents that belong together
 * (docs/domain.md#courts-estate-feed), oldest first.
 */
public record Hendelsesliste(List<List<CloudEvent>> patches) {

    public Hendelsesliste {
        patches = patches == null ? List.of() : patches.stream().map(List::copyOf).toList();
    }

    static Hendelsesliste of(CloudEvent[][] patches) {
        return new Hendelsesliste(patches == null ? List.of() : Arrays.stream(patches)
                .map(patch -> patch == null ? List.<CloudEvent>of() : List.of(patch))
                .toList());
    }

    /** All events, patch by patch. */
    public List<CloudEvent> events() {
        return patches.stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return events().isEmpty();
    }

    /**
     * The cursor for the next poll ({@code from}). The courts do not say whether {@code from} includes events at
     * that very time (the simulator does), so a consumer must skip event ids it has already handled.
     */
    public Optional<OffsetDateTime> latestTime() {
        return events().stream().map(CloudEvent::time).filter(time -> time != null).max(Comparator.naturalOrder());
    }
}
