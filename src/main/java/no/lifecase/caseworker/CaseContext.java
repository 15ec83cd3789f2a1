package no.lifecase.caseworker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * The case as the caseworker sees it beside their task (docs/adr/0059): which case, which life event, who it is about,
 * what the case read from which register, and where its timeline is. Names and addresses are read from the register
 * when the task is shown, never kept in the process.
 *
 * @param person      the person the case is about; null for a case about nobody the register knows, or when the
 *                    register could not be reached ({@code notice} says so)
 * @param parents     the person's parents, when the task declares it needs them
 * @param registerReads what the case has read, from which register, about whom (masked): one line per kind of read
 * @param timeline    the case's timeline for staff, in the worklist API
 * @param notice      why something is missing, in the reader's language; null when nothing is
 */
record CaseContext(String caseRef, @Nullable String lifeEvent, @Nullable String lifeEventName, @Nullable Person person,
                   List<Person> parents, List<RegisterRead> registerReads, String timeline, @Nullable String notice) {

    /**
     * @param address          the home address on one line; null when protected, not needed by the task or unknown
     * @param addressProtected the register protects the address (fortrolig or strengt fortrolig): it is never shown
     */
    record Person(String identityNumber, String name, @Nullable Integer age, @Nullable LocalDate birthDate, boolean addressProtected,
                  @Nullable String address) {
    }

    record RegisterRead(String register, String about, List<String> fields, Instant firstReadAt) {
    }
}
