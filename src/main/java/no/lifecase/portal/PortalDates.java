package no.lifecase.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.lifecase.language.Language;
import org.springframework.stereotype.Component;

/** Dates as Norwegians read them, in Norwegian time: {@code ${@portalDates.dateTime(instant, #locale)}} in a template. */
@Component
class PortalDates {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(written(locale)).withZone(NORWAY).format(instant);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written(locale)).withZone(NORWAY).format(instant);
    }

    /** A day without a time, such as a date of death. */
    public String day(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written(locale)).format(day);
    }

    /** The time of day alone, for a line under its day's heading. */
    public String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(written(locale)).withZone(NORWAY).format(instant);
    }

    /** English as Norway's letters write it to English readers: "7 December 2026, 13:05", not the American order. */
    private static Locale written(Locale locale) {
        return Language.of(locale) == Language.EN ? Locale.UK : locale;
    }

    /** One day of the timeline: its heading ("søndag 6. desember 2026") and what happened that day, in order. */
    public record Day(String heading, String iso, List<CaseDetails.TimelineEntry> entries) {
    }

    /** The timeline grouped by day in Norwegian time, as the case page shows it (docs/adr/0051). */
    public List<Day> byDay(List<CaseDetails.TimelineEntry> timeline, Locale locale) {
        var days = new LinkedHashMap<LocalDate, List<CaseDetails.TimelineEntry>>();
        timeline.forEach(entry -> days.computeIfAbsent(dayOf(entry.occurredAt()), day -> new ArrayList<>()).add(entry));
        var heading = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(written(locale));
        return days.entrySet().stream()
                .map(day -> new Day(heading.format(day.getKey()), day.getKey().toString(), List.copyOf(day.getValue())))
                .toList();
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, NORWAY);
    }

    /** For {@code <time datetime>}: the machine-readable form. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
