package no.lifecase.referencedata;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated entry: from {@code validFrom} on, {@code key} of {@code kind} has {@code value}, until a later entry of the
 * same key takes over. {@code source} says where the value comes from, so that a process owner can check it.
 */
public record ReferenceEntry(String kind, String key, String value, LocalDate validFrom, String source, String recordedBy,
                             Instant recordedAt) {
}
