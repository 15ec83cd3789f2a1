package no.lifecase.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.springframework.lang.Nullable;

/**
 * What a case page shows that is the same for every reader: the timeline, the plan, the register reads and the open
 * tasks with whom they wait for. It is kept per open case (docs/adr/0069) and rendered in the reader's language when
 * the page is read, so a changed text never needs the facts rebuilt.
 */
public record CasePageFacts(List<TimelineLine> timeline, CasePlan.Ahead plan, List<Read> reads, List<WaitingTask> tasks) {

    /** The page of a case before anything has happened in it. */
    static final CasePageFacts NOTHING_YET = new CasePageFacts(List.of(), CasePlan.Ahead.NOTHING, List.of(), List.of());

    /** A timeline entry, with what the citizen's line is rendered from. */
    public record TimelineLine(long id, Instant occurredAt, TimelineKind kind, @Nullable String agency, @Nullable String activityId,
                               @Nullable String processDefinitionId) {

        static TimelineLine of(CaseTimelineEntry entry) {
            return new TimelineLine(entry.id(), entry.occurredAt(), entry.kind(), entry.agency(), entry.activityId(),
                    entry.processDefinitionId());
        }
    }

    /** A read of a register (or a showing of the case's data) for the case. */
    public record Read(long id, Instant accessedAt, String register, String purpose, String legalBasis, String about, List<String> fields) {

        static Read of(DataAccessEntry entry) {
            return new Read(entry.id(), entry.accessedAt(), entry.register(), entry.purpose(), entry.legalBasis(), entry.about(),
                    entry.fields());
        }
    }

    /**
     * An open task of the case, with the people it waits for: its assignee, or while nobody has taken it, the people it
     * is offered to.
     */
    public record WaitingTask(String id, String processDefinitionId, String taskDefinitionKey, @Nullable String assignee,
                              List<String> candidateUsers, @Nullable Instant created, @Nullable Instant due, boolean suspended) {

        public static WaitingTask of(Task task, List<String> candidateUsers) {
            return new WaitingTask(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getAssignee(),
                    List.copyOf(candidateUsers), task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.isSuspended());
        }

        /** As {@link CaseTasks#waitingFor}: active, and assigned to the person or offered to them while nobody has it. */
        boolean waitsFor(String userId) {
            return !suspended && (userId.equals(assignee) || assignee == null && candidateUsers.contains(userId));
        }
    }

    /** The tasks waiting for this person, oldest first. */
    public List<WaitingTask> tasksWaitingFor(String userId) {
        return tasks.stream().filter(task -> task.waitsFor(userId))
                .sorted(Comparator.comparing(WaitingTask::created, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(WaitingTask::id))
                .toList();
    }

    /** These facts with the entries and reads written since they were kept, each once and in the order the case file reads them. */
    CasePageFacts with(List<TimelineLine> newLines, List<Read> newReads) {
        return new CasePageFacts(
                merged(timeline, newLines, TimelineLine::id, Comparator.comparing(TimelineLine::occurredAt).thenComparing(TimelineLine::id)),
                plan,
                merged(reads, newReads, Read::id, Comparator.comparing(Read::accessedAt).thenComparing(Read::id)),
                tasks);
    }

    CasePageFacts withPlan(CasePlan.Ahead newPlan, List<WaitingTask> newTasks) {
        return new CasePageFacts(timeline, newPlan, reads, newTasks);
    }

    private static <T> List<T> merged(List<T> kept, List<T> added, Function<T, Long> id, Comparator<T> order) {
        if (added.isEmpty()) {
            return kept;
        }
        var byId = new LinkedHashMap<Long, T>();
        kept.forEach(item -> byId.put(id.apply(item), item));
        added.forEach(item -> byId.putIfAbsent(id.apply(item), item));
        var all = new ArrayList<>(byId.values());
        all.sort(order);
        return List.copyOf(all);
    }
}
