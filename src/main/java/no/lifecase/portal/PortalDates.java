package no.lifecase.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as Norwegians read them, in Norwegian time: {@code ${@portalDates.dateTime(instant, #locale)}} in a template. */
@Component
class PortalDates {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(NORWAY).format(instant);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(NORWAY).format(instant);
    }

    /** For {@code <time datetime>}: the machine-readable form. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
