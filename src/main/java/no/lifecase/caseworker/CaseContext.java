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
 * @param recommendation the rules' latest recommendation on the decision the task makes (docs/adr/0055), with the
 *                    facts and rule it rests on; null for a task that makes no decision, or before the rules answered
 * @param notice      why something is missing, in the reader's language; null when nothing is
 */
record CaseContext(String caseRef, @Nullable String lifeEvent, @Nullable String lifeEventName, @Nullable Person person,
                   List<Person> parents, List<RegisterRead> registerReads, @Nullable Recommendation recommendation,
                   String timeline, @Nullable String notice) {

    /**
     * @param outcome     granted, refused or reduced; null when the rules leave it to the caseworker
     * @param outcomeText the outcome in the reader's language
     * @param reason      the rules' short key for why a caseworker decides, if they gave one
     * @param matchedRules the rules of the decision table that matched
     */
    record Recommendation(String id, String subject, @Nullable String outcome, @Nullable String outcomeText, @Nullable String rule,
                          @Nullable Integer ruleVersion, List<String> matchedRules, @Nullable String reason, @Nullable String reasons,
                          List<Fact> facts, @Nullable String legalBasis, Instant decidedAt) {
    }

    /**
     * One fact a recommendation rests on, with the register it came from (null where the model names none).
     *
     * @param value as the caseworker reads it ("true", "0301", "2026-12-01"); null when the case had no value
     */
    record Fact(String name, String label, @Nullable String value, @Nullable String register) {
    }

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
