package no.lifecase.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/** What a process owner sees per life event for a period (ADR 0032). */
record Kpis(Instant from, Instant to, Instant asOf, List<LifeEventKpis> lifeEvents) {

    /**
     * @param casesOpened            cases opened in the period
     * @param casesClosed            cases closed in the period
     * @param medianLeadTime         of the cases closed in the period, opened to closed; null when none closed
     * @param closedWithoutManualTask cases closed in the period whose process had no user task at all
     * @param shareWithoutManualTask that count over casesClosed, 0 to 1; null when none closed
     * @param completedLate          agency tasks completed in the period after their due date
     * @param openPastDue            agency tasks open now whose due date has passed (whenever they were created)
     */
    record LifeEventKpis(String lifeEvent, String title, boolean deployed, long casesOpened, long casesClosed,
                         @Nullable Time medianLeadTime, @Nullable Time p90LeadTime, long closedWithoutManualTask,
                         @Nullable Double shareWithoutManualTask,
                         long completedLate, long openPastDue, List<AgencyKpis> agencies) {

        long deadlineBreaches() {
            return completedLate + openPastDue;
        }
    }

    /**
     * @param completedTasks the agency's tasks on the life event's cases completed in the period
     * @param timeSpent      their summed time from creation to completion (calendar time, clock stops included)
     * @param averageTime    timeSpent over completedTasks
     */
    record AgencyKpis(String agency, String name, long completedTasks, @Nullable Time timeSpent, @Nullable Time averageTime,
                      long completedLate, long openPastDue) {
    }

    /** A duration as ISO-8601 and in seconds, for programs, and in words, for people. */
    record Time(String duration, long seconds, String text) {

        static Time ofSeconds(Long seconds) {
            return seconds == null ? null : new Time(Duration.ofSeconds(seconds).toString(), seconds, words(seconds));
        }

        static String words(long seconds) {
            long days = seconds / 86_400;
            long hours = seconds % 86_400 / 3_600;
            long minutes = seconds % 3_600 / 60;
            if (days > 0) {
                return days + " d " + hours + " h";
            }
            if (hours > 0) {
                return hours + " h " + minutes + " min";
            }
            if (minutes > 0) {
                return minutes + " min";
            }
            return seconds + " s";
        }
    }
}
