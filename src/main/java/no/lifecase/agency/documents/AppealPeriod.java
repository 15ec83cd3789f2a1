package no.lifecase.agency.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How long a person has to appeal a decision, by the agency that made it (docs/adr/0056): six weeks for Nav's
 * decisions (folketrygdloven § 21-12, which barnetrygdloven § 15 applies to child benefit), three weeks for every
 * other agency's (forvaltningsloven § 29), from the day the decision reached the person, taken as the day it was sent.
 */
public enum AppealPeriod {

    NAV(6),
    ADMINISTRATIVE(3);

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final int weeks;

    AppealPeriod(int weeks) {
        this.weeks = weeks;
    }

    public static AppealPeriod of(String decidingAgency) {
        return "nav".equals(decidingAgency) || decidingAgency.startsWith("nav-") ? NAV : ADMINISTRATIVE;
    }

    /** The last day an appeal is in time. */
    public LocalDate lastDay(Instant sentAt) {
        return LocalDate.ofInstant(sentAt, NORWAY).plusWeeks(weeks);
    }

    /** The text that says how long and under which provision, e.g. "seks uker (folketrygdloven § 21-12)". */
    String textKey() {
        return "decision.appeal.period." + name().toLowerCase(Locale.ROOT);
    }
}
