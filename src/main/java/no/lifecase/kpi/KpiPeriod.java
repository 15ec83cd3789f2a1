package no.lifecase.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import no.lifecase.casefile.DateParameter;
import no.lifecase.casefile.InvalidField;

/**
 * The period the figures cover, [from, to). A date is a whole day in Norwegian time ({@code to} inclusive); a
 * date and time with an offset is an exact instant. Without {@code to}: now; without {@code from}: 30 days before to.
 */
record KpiPeriod(Instant from, Instant to) {

    static final ZoneId NORWAY = DateParameter.NORWAY;
    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
    /** Lead times are held in memory, one number per case closed in the period: the period is bounded. */
    static final Duration LONGEST = Duration.ofDays(5 * 366);

    static KpiPeriod parse(String from, String to, Clock clock) {
        Instant end = blank(to) ? clock.instant() : DateParameter.instant("to", to, true);
        Instant start = blank(from) ? end.minus(DEFAULT_LENGTH) : DateParameter.instant("from", from, false);
        if (!start.isBefore(end)) {
            throw new InvalidField("to", "to must be after from");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidField("from", "The period is at most five years");
        }
        return new KpiPeriod(start, end);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
