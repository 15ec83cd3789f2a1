package no.lifecase.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A date, or a date and time, given as a query parameter of our APIs. A date is a whole day in Norwegian time; a date
 * and time needs its offset. ISO 8601 allows years of nine digits, which neither PostgreSQL nor {@code java.util.Date}
 * can hold, so years run from 1 to 9999: a year outside them is the caller's mistake (400), not a 500 (ADR 0036).
 */
public final class DateParameter {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private DateParameter() {
    }

    /**
     * @return the date, or null when the value is missing or blank
     * @throws InvalidField if it is not an ISO 8601 date with a year from 1 to 9999
     */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, field + " must be a date such as 2026-11-01");
        }
        return inRange(field, date.getYear(), date);
    }

    /**
     * @param endOfDay whether a date means the end of that day (the start of the next), as an inclusive "to" does
     * @return the instant, or null when the value is missing or blank
     * @throws InvalidField if it is neither an ISO 8601 date nor a date and time with an offset, with a year from 1 to 9999
     */
    public static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                var parsed = LocalDate.parse(text);
                var date = inRange(field, parsed.getYear(), parsed);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(NORWAY).toInstant();
            }
            var dateTime = OffsetDateTime.parse(text);
            return inRange(field, dateTime.getYear(), dateTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, field + " must be a date (2026-11-23) or a date and time with an offset (2026-11-23T08:00:00Z)");
        }
    }

    private static <T> T inRange(String field, int year, T value) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidField(field, field + " must have a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return value;
    }
}
