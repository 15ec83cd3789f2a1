package no.lifecase.kpi;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.lifecase.casefile.CaseType;

/**
 * Adds up what the queries return, row by row, per life event and agency, and turns it into the figures: the
 * aggregation without the database, so it is tested on its own.
 */
final class KpiTally {

    private final Map<String, Event> events = new TreeMap<>();

    static final class Event {
        long opened;
        long closed;
        long closedWithoutManualTask;
        long[] leadTimes = new long[16];
        int leadTimeCount;
        final Map<String, Agency> agencies = new TreeMap<>();

        void leadTime(long seconds) {
            if (leadTimeCount == leadTimes.length) {
                leadTimes = Arrays.copyOf(leadTimes, leadTimes.length * 2);
            }
            leadTimes[leadTimeCount++] = seconds;
        }
    }

    static final class Agency {
        long completed;
        long millisSpent;
        long completedLate;
        long openPastDue;
    }

    Event event(String lifeEvent) {
        return events.computeIfAbsent(lifeEvent, id -> new Event());
    }

    void opened(String lifeEvent, long count) {
        event(lifeEvent).opened += count;
    }

    /** One case closed in the period: its lead time, and whether any user task was part of it. */
    void closed(String lifeEvent, long leadTimeSeconds, boolean manualTask) {
        var event = event(lifeEvent);
        event.closed++;
        event.leadTime(Math.max(0, leadTimeSeconds));
        if (!manualTask) {
            event.closedWithoutManualTask++;
        }
    }

    /** Tasks of one agency on one life event's cases, as the task query groups them. */
    void agencyTasks(String lifeEvent, String agency, long completed, long millisSpent, long completedLate, long openPastDue) {
        var tally = event(lifeEvent).agencies.computeIfAbsent(agency, id -> new Agency());
        tally.completed += completed;
        tally.millisSpent += millisSpent;
        tally.completedLate += completedLate;
        tally.openPastDue += openPastDue;
    }

    /**
     * The figures for every life event of the catalogue, in its order, then any other life event found in the cases.
     *
     * @param lifeEvents  the catalogue's life events, in its order
     * @param deployed    which life events have a deployed process
     * @param agencyNames the agency's name for its id
     */
    List<Kpis.LifeEventKpis> figures(List<? extends CaseType> lifeEvents, Collection<String> deployed, Function<String, String> agencyNames) {
        var ids = new LinkedHashMap<String, String>();
        for (var lifeEvent : lifeEvents) {
            ids.put(lifeEvent.id(), lifeEvent.titleEnglish());
        }
        events.keySet().forEach(id -> ids.putIfAbsent(id, id));
        return ids.entrySet().stream()
                .map(entry -> figures(entry.getKey(), entry.getValue(), deployed.contains(entry.getKey()), agencyNames))
                .toList();
    }

    private Kpis.LifeEventKpis figures(String id, String title, boolean deployed, Function<String, String> agencyNames) {
        var event = events.getOrDefault(id, new Event());
        var agencies = event.agencies.entrySet().stream()
                .map(entry -> {
                    var agency = entry.getValue();
                    long seconds = agency.millisSpent / 1000;
                    return new Kpis.AgencyKpis(entry.getKey(), agencyNames.apply(entry.getKey()), agency.completed,
                            agency.completed == 0 ? null : Kpis.Time.ofSeconds(seconds),
                            agency.completed == 0 ? null : Kpis.Time.ofSeconds(seconds / agency.completed),
                            agency.completedLate, agency.openPastDue);
                })
                .sorted(Comparator.comparing(Kpis.AgencyKpis::agency))
                .toList();
        long late = agencies.stream().mapToLong(Kpis.AgencyKpis::completedLate).sum();
        long pastDue = agencies.stream().mapToLong(Kpis.AgencyKpis::openPastDue).sum();
        Double share = event.closed == 0 ? null : (double) event.closedWithoutManualTask / event.closed;
        return new Kpis.LifeEventKpis(id, title, deployed, event.opened, event.closed,
                Kpis.Time.ofSeconds(Percentiles.nearestRank(event.leadTimes, event.leadTimeCount, 50)),
                Kpis.Time.ofSeconds(Percentiles.nearestRank(event.leadTimes, event.leadTimeCount, 90)),
                event.closedWithoutManualTask, share, late, pastDue, agencies);
    }
}
