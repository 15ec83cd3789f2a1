package no.lifecase.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a kept case page adds and whom its tasks wait for (docs/adr/0069). */
class CasePageFactsTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    private static final String MOTHER = "03081599806";
    private static final String FATHER = "15048512345";

    @Test
    void new_entries_are_added_once_each_in_the_order_the_case_file_reads_them() {
        var kept = new CasePageFacts(List.of(line(1, 0), line(3, 10)), new CasePlan.Ahead(null, List.of()), List.of(read(7, 5)), List.of());

        // Entry 2 was written at the same minute by a transaction that committed later; entry 3 was kept already.
        var facts = kept.with(List.of(line(4, 20), line(2, 10), line(3, 10)), List.of(read(8, 1)));

        assertThat(facts.timeline()).extracting(CasePageFacts.TimelineLine::id).containsExactly(1L, 2L, 3L, 4L);
        assertThat(facts.reads()).extracting(CasePageFacts.Read::id).containsExactly(8L, 7L);
        assertThat(kept.with(List.of(), List.of())).isEqualTo(kept);
    }

    @Test
    void a_task_waits_for_its_assignee_or_while_nobody_has_it_for_those_it_is_offered_to() {
        var facts = new CasePageFacts(List.of(), new CasePlan.Ahead(null, List.of()), List.of(), List.of(
                task("answer", MOTHER, List.of(), 2, false),
                task("offered", null, List.of(MOTHER, FATHER), 1, false),
                task("taken", FATHER, List.of(MOTHER), 0, false),
                task("suspended", MOTHER, List.of(), 3, true),
                task("for-a-caseworker", null, List.of(), 4, false)));

        assertThat(facts.tasksWaitingFor(MOTHER)).extracting(CasePageFacts.WaitingTask::id).containsExactly("offered", "answer");
        assertThat(facts.tasksWaitingFor(FATHER)).extracting(CasePageFacts.WaitingTask::id).containsExactly("taken", "offered");
        assertThat(facts.tasksWaitingFor("01010112345")).isEmpty();
    }

    private static CasePageFacts.TimelineLine line(long id, int minute) {
        return new CasePageFacts.TimelineLine(id, NINE.plusSeconds(60L * minute), TimelineKind.STEP_COMPLETED, null, "Task_" + id,
                "having-a-child:1:1");
    }

    private static CasePageFacts.Read read(long id, int minute) {
        return new CasePageFacts.Read(id, NINE.plusSeconds(60L * minute), "folkeregisteret", "purpose", "basis", MOTHER, List.of("navn"));
    }

    private static CasePageFacts.WaitingTask task(String id, String assignee, List<String> candidates, int minute, boolean suspended) {
        return new CasePageFacts.WaitingTask(id, "having-a-child:1:1", "Task_" + id, assignee, candidates, NINE.plusSeconds(60L * minute),
                null, suspended);
    }
}
