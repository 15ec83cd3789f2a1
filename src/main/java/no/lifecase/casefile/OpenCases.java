package no.lifecase.casefile;

/**
 * How many cases of one life event are in one status that is not closed.
 *
 * @param status {@link CaseStatus#OPEN} or {@link CaseStatus#WAITING}
 */
public record OpenCases(String lifeEvent, CaseStatus status, long count) {
}
