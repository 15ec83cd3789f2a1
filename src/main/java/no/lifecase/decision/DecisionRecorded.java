package no.lifecase.decision;

/** Published in the engine's transaction once a decision is stored, so whatever follows from it commits with it. */
public record DecisionRecorded(RecordedDecision decision) {
}
