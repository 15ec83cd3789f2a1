package no.lifecase.simulator.maskinporten;

/** A grant that passed every check: who asked, for which organisation, for which scopes (space-separated). */
record VerifiedGrant(String clientId, String organisationNumber, String scope) {
}
