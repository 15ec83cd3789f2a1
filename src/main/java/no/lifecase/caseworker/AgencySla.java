package no.lifecase.caseworker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import no.lifecase.agency.Agency;
import no.lifecase.casefile.CaseClock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * An agency's service-level figures from the engine's task history: its tasks are those that had the agency
 * as a candidate group. Time to complete leaves out the time in which the case waited for the citizen
 * ({@link CaseClock}).
 */
@Service
class AgencySla {

    /** Completed tasks looked at, newest first: enough for stable percentiles, bounded for the database. */
    static final int MAX_COMPLETED = 10_000;
    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final CaseClock caseClock;

    AgencySla(HistoryService history, CaseClock caseClock) {
        this.history = history;
        this.caseClock = caseClock;
    }

    /** Figures for tasks completed in [from, to) (either may be null: no bound). */
    Figures of(Agency agency, Instant from, Instant to) {
        var now = ClockUtil.getCurrentTime();
        long open = history.createHistoricTaskInstanceQuery().taskHadCandidateGroup(agency.id()).unfinished().count();
        long overdue = history.createHistoricTaskInstanceQuery().taskHadCandidateGroup(agency.id()).unfinished()
                .taskDueBefore(now).count();
        var finished = history.createHistoricTaskInstanceQuery().taskHadCandidateGroup(agency.id()).finished();
        if (from != null) {
            finished.finishedAfter(Date.from(from.minusMillis(1)));
        }
        if (to != null) {
            finished.finishedBefore(Date.from(to));
        }
        List<HistoricTaskInstance> completed = finished.orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, MAX_COMPLETED).stream()
                .filter(task -> COMPLETED.equals(task.getDeleteReason()) && task.getStartTime() != null && task.getEndTime() != null)
                .toList();
        var stops = caseClock.stopsOf(new HashSet<>(completed.stream()
                .map(task -> task.getRootProcessInstanceId() != null ? task.getRootProcessInstanceId() : task.getProcessInstanceId())
                .filter(Objects::nonNull).toList()));
        var durations = completed.stream()
                .map(task -> CaseClock.runningTime(task.getStartTime().toInstant(), task.getEndTime().toInstant(),
                        stops.getOrDefault(task.getRootProcessInstanceId() != null ? task.getRootProcessInstanceId()
                                : task.getProcessInstanceId(), List.of())))
                .sorted()
                .toList();
        long late = completed.stream()
                .filter(task -> task.getDueDate() != null && task.getEndTime().after(task.getDueDate()))
                .count();
        return new Figures(agency.id(), open, overdue, completed.size(), late,
                TimeToComplete.of(percentile(durations, 50)), TimeToComplete.of(percentile(durations, 90)));
    }

    /** Nearest-rank percentile; null for no values. */
    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /**
     * @param completedLate completed tasks that ended after their due date (by the calendar, stops included)
     * @param medianTimeToComplete null when no task was completed
     */
    @Schema(name = "SlaFigures")
    record Figures(String agency, long openTasks, long overdueTasks, long completedTasks, long completedLate,
                   @Nullable TimeToComplete medianTimeToComplete, @Nullable TimeToComplete p90TimeToComplete) {
    }

    /** A duration as ISO-8601 ("PT26H") and in seconds, for people and for programs. */
    record TimeToComplete(String duration, long seconds) {
        static TimeToComplete of(Duration duration) {
            return duration == null ? null : new TimeToComplete(duration.toString(), duration.toSeconds());
        }
    }
}
