package no.lifecase.simulator.population;

/**
 * One {@code foreldreansvar}, kept identical on the parent's and on the child's record: the register shows
 * the parent {@code ansvarssubjekt} (the child) and the child {@code ansvarlig} (the parent).
 */
public record ParentalResponsibility(Responsibility type, String responsible, String child) {
}
