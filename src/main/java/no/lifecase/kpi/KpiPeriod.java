package no.lifecase.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import no.lifecase.casefile.InvalidField;

/**
 * The period the figures cover, [from, to). A date is a whole day in Norwegian time ({@code to} inclusive); a
 * date and time with an offset is an exact instant. Without {@code to}: now; without {@code from}: 30 days before to.
 */
record KpiPeriod(Instant from, Instant to) {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
    /** Lead times are held in memory, one number per case closed in the period: the period is bounded. */
    static final Duration LONGEST = Duration.ofDays(5 * 366);

    static KpiPeriod parse(String from, String to, Clock clock) {
        Instant end = blank(to) ? clock.instant() : instant("to", to, true);
        Instant start = blank(from) ? end.minus(DEFAULT_LENGTH) : instant("from", from, false);
        if (!start.isBefore(end)) {
            throw new InvalidField("to", "to must be after from");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidField("from", "The period is at most five years");
        }
        return new KpiPeriod(start, end);
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                var date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(NORWAY).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, field + " must be a date (2026-11-23) or a date and time with an offset (2026-11-23T08:00:00Z)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
